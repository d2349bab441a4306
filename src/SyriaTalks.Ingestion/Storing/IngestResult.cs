using SyriaTalks.Ingestion.Pipeline;

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

/// <summary>
/// An article to store in a batch, with the name of the file it came from. What the store looks it up by (content
/// hash, canonical URL, name keys) is computed here, on the thread that makes it: in a bulk ingestion the extraction's.
/// </summary>
public sealed class BatchArticle(ExtractedArticle extracted, string? sourceLabel,
    Func<SyriaTalks.Data.SyriaTalksDbContext, IngestResult, CancellationToken, Task>? alongside = null)
{
    public ExtractedArticle Extracted { get; } = extracted;

    public string? SourceLabel { get; } = sourceLabel;

    /// <summary>
    /// Written with the article under its savepoint (e.g. the audit entry of an upload), so that the article and this
    /// record are stored together or not at all.
    /// </summary>
    public Func<SyriaTalks.Data.SyriaTalksDbContext, IngestResult, CancellationToken, Task>? Alongside { get; } = alongside;

    internal PreparedArticle Prepared { get; } = PreparedArticle.Of(extracted, sourceLabel);
}

/// <summary>How storing one article of a batch ended: its result, or the error that left it unstored.</summary>
public sealed record StoreOutcome(IngestResult? Result, Exception? Error);
