namespace SyriaTalks.Domain;

/// <summary>Words inside quotation marks, who said them, to whom, with which verb, and where in the article.</summary>
public class Quote
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }

    public required string Text { get; set; }

    /// <summary>The actor the quote is attributed to; null when the speaker is anonymous or unknown.</summary>
    public int? SpeakerId { get; set; }
    public Actor? Speaker { get; set; }

    /// <summary>The speaker as the article describes them ("U.N. spokesperson"), kept even when no actor matches.</summary>
    public string? SpeakerLabel { get; set; }
    public string? SpeakerRole { get; set; }
    public string? SpeakerAffiliation { get; set; }
    public string? Cue { get; set; }
    public string? Addressee { get; set; }

    public required string Sentence { get; set; }

    /// <summary>Character offsets of the quoted text in <see cref="Article.Text"/> (end exclusive).</summary>
    public int Start { get; set; }
    public int End { get; set; }
    /// <summary>True when the quote stands in the headline: then the offsets index into <see cref="Article.Title"/>.</summary>
    public bool InHeadline { get; set; }

    public int SentenceStart { get; set; }
    public int SentenceEnd { get; set; }

    /// <summary>The article's publication date, copied so the quote list filters and sorts without a join.</summary>
    public DateOnly Published { get; set; }
}
