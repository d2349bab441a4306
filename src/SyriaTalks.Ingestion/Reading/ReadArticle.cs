namespace SyriaTalks.Ingestion.Reading;

/// <summary>
/// An article as the page reader found it. <see cref="Text"/> is the body only, paragraphs separated
/// by a blank line ("\n\n"); the title and byline are not part of it. <see cref="Modified"/> is the
/// page's last-modified date when it states one (never used in place of <see cref="Published"/> when that is known).
/// </summary>
public sealed record ReadArticle(
    string Title,
    string? Byline,
    DateOnly? Published,
    string? Outlet,
    string? Url,
    string? Language,
    string Text,
    DateOnly? Modified = null)
{
    public IEnumerable<string> Paragraphs => Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>The input could not be read as an article; <see cref="Exception.Message"/> says why, for the user.</summary>
public sealed class ArticleReadException(string message) : Exception(message);
