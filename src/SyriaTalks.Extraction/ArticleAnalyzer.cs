using SyriaTalks.Extraction.Events;
using SyriaTalks.Extraction.Places;
using SyriaTalks.Extraction.Sentences;

namespace SyriaTalks.Extraction;

/// <summary>The reading engine's entry point: sentences, then actors and places, then quotes and events.</summary>
public sealed class ArticleAnalyzer : IArticleAnalyzer
{
    private readonly PlaceFinder places = new();
    private readonly EventExtractor events = new();

    public ArticleAnalysis Analyze(ArticleText article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sentences = SentenceSplitter.Split(article.Body);
        IReadOnlyList<ActorMention> actorMentions = []; // the actor finder lands with the quotes engine
        var placeMentions = places.Find(article.Body, sentences);
        var placeList = placeMentions
            .GroupBy(m => m.Place.Name)
            .Select(g => g.First().Place with { Mentions = g.Count() })
            .ToList();
        var eventList = events.Extract(article, sentences, actorMentions, placeMentions);
        return new ArticleAnalysis(sentences, [], [], placeList, eventList);
    }
}
