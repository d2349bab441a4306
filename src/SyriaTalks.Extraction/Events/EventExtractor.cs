namespace SyriaTalks.Extraction.Events;

/// <summary>Finds dated events, one per sentence at most. (Placeholder until the date resolver lands.)</summary>
public sealed class EventExtractor
{
    public IReadOnlyList<ExtractedEvent> Extract(
        ArticleText article,
        IReadOnlyList<ExtractedSentence> sentences,
        IReadOnlyList<ActorMention> actors,
        IReadOnlyList<PlaceMention> places) => [];
}
