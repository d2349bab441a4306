using SyriaTalks.Domain;

namespace SyriaTalks.Extraction;

/// <summary>What the engine is given: the body text (offsets index into it), the headline and the publication date.</summary>
public sealed record ArticleText(string Body, DateOnly Published, string? Title = null);

/// <summary>Everything the engine read in one article. Deterministic for the same input.</summary>
public sealed record ArticleAnalysis(
    IReadOnlyList<ExtractedSentence> Sentences,
    IReadOnlyList<ExtractedQuote> Quotes,
    IReadOnlyList<ExtractedActor> Actors,
    IReadOnlyList<ExtractedPlace> Places,
    IReadOnlyList<ExtractedEvent> Events);

/// <summary>A sentence of the body with its character offsets (end exclusive) and paragraph number.</summary>
public sealed record ExtractedSentence(int Start, int End, int Paragraph, string Text);

/// <summary>
/// A quotation. <see cref="Speaker"/> is the canonical name of one of <see cref="ArticleAnalysis.Actors"/>
/// when the speaker is a known actor, or the article's own description for an anonymous one
/// ("U.N. spokesperson"), or null when the text names no one.
/// </summary>
public sealed record ExtractedQuote(
    string Text,
    int Start,
    int End,
    string? Speaker,
    string? SpeakerRole,
    string? SpeakerAffiliation,
    string? Cue,
    string? Addressee,
    string Sentence,
    int SentenceStart,
    int SentenceEnd,
    bool InHeadline = false);

/// <summary>An actor with the aliases under which this article names it.</summary>
public sealed record ExtractedActor(
    string Name,
    ActorKind Kind,
    IReadOnlyList<string> Aliases,
    string? Role,
    string? Affiliation,
    int Mentions);

/// <summary>A place with its gazetteer data.</summary>
public sealed record ExtractedPlace(
    string Name,
    PlaceKind Kind,
    string? CountryCode,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<string> Aliases,
    int Mentions);

/// <summary>A dated happening in one sentence; <see cref="Actors"/> and <see cref="Places"/> hold canonical names.</summary>
public sealed record ExtractedEvent(
    DateOnly Date,
    DateOnly? DateEnd,
    DatePrecision Precision,
    EventKind Kind,
    string Summary,
    string Sentence,
    int Start,
    int End,
    bool IsPlanned,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Places);

/// <summary>The reading engine: text and publication date in, analysis out.</summary>
public interface IArticleAnalyzer
{
    ArticleAnalysis Analyze(ArticleText article);
}
