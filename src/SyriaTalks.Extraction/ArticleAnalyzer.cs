using SyriaTalks.Extraction.Actors;
using SyriaTalks.Extraction.Events;
using SyriaTalks.Extraction.Places;
using SyriaTalks.Extraction.Quotes;
using SyriaTalks.Extraction.Sentences;

namespace SyriaTalks.Extraction;

/// <summary>The reading engine's entry point: sentences, then places and actors, then quotes and events.</summary>
public sealed class ArticleAnalyzer : IArticleAnalyzer
{
    private readonly PlaceFinder places = new();
    private readonly EventExtractor events = new();

    public ArticleAnalysis Analyze(ArticleText article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var body = article.Body;
        var sentences = SentenceSplitter.Split(body);
        var placeMentions = places.Find(body, sentences);
        var actorReading = ActorFinder.Find(body, placeMentions);
        var actorMentions = actorReading.ToMentions();
        var placeList = placeMentions
            .GroupBy(m => m.Place.Name)
            .Select(g => g.First().Place with { Mentions = g.Count() })
            .ToList();
        var quotes = QuoteReader.Read(article, sentences, actorReading);
        var eventList = events.Extract(article, sentences, actorMentions, placeMentions);
        return new ArticleAnalysis(sentences, quotes, [.. actorReading.Actors.Select(a => a.ToExtracted())], placeList, eventList);
    }
}
