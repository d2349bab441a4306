namespace SyriaTalks.Ingestion.Storing;

/// <summary>How an ingestion ended for the user.</summary>
public enum IngestStatus
{
    /// <summary>A new article was stored.</summary>
    Created,

    /// <summary>The same content was already stored; nothing changed.</summary>
    Duplicate,

    /// <summary>An article with the same URL was stored with other text; it was replaced by this version.</summary>
    Updated,
}

/// <summary>The stored article and what was extracted from it.</summary>
public sealed record IngestResult(
    IngestStatus Status,
    int ArticleId,
    string Title,
    int Quotes,
    int Events,
    int Actors,
    int Places);
