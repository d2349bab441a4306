namespace SyriaTalks.Domain;

/// <summary>A news article as stored: its metadata and the body text every offset points into.</summary>
public class Article
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public string? Outlet { get; set; }
    public string? Byline { get; set; }
    public string? Url { get; set; }
    public string? Language { get; set; }
    public DateOnly Published { get; set; }

    /// <summary>The body text; quote and event offsets index into this string.</summary>
    public required string Text { get; set; }

    /// <summary>SHA-256 (hex) of the normalized text: the identity of the article's content.</summary>
    public required string ContentHash { get; set; }

    public DateTimeOffset IngestedAt { get; set; }

    /// <summary>File name or label the article came from (seed folder, upload).</summary>
    public string? Source { get; set; }

    public List<Quote> Quotes { get; set; } = [];
    public List<Event> Events { get; set; } = [];
    public List<ArticleActor> Actors { get; set; } = [];
    public List<ArticlePlace> Places { get; set; } = [];
}
