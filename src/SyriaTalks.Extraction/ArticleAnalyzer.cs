using SyriaTalks.Domain;
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
        List<ExtractedActor> actorList = [.. actorReading.Actors.Select(a => a.ToExtracted())];
        actorList.AddRange(SpeakersNamedOnlyAtTheirQuotes(quotes, actorList, placeList));
        return new ArticleAnalysis(sentences, quotes, actorList, placeList, eventList);
    }

    private static readonly HashSet<string> Calendar = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December",
    };

    /// <summary>A speaker is an actor of the article: a full proper name the attribution read ("A dissident who ..., Nouri
    /// Tabbak, said") joins the actors when the actor finder did not hold it.</summary>
    private static IEnumerable<ExtractedActor> SpeakersNamedOnlyAtTheirQuotes(List<ExtractedQuote> quotes, List<ExtractedActor> actors, List<ExtractedPlace> places)
    {
        // (a place taken for a speaker is a wrong attribution, not a new actor)
        var known = actors.SelectMany(a => a.Aliases.Append(a.Name)).Concat(places.SelectMany(p => p.Aliases.Append(p.Name)))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var group in quotes.Where(q => q.Speaker is not null && !q.InHeadline).GroupBy(q => q.Speaker!, StringComparer.Ordinal))
        {
            var name = group.Key;
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // descriptions ("rebel commander in northern Syria"), possessives and run-together headings are no names
            // (a single word may be a crowd opening the sentence, "Diplomats said", or a surname the finder could not place)
            if (known.Contains(name) || words.Length is < 2 or > 6 || name.Any(char.IsDigit) || name.Contains('\'')
                || name.Contains('\u2019') || !char.IsUpper(words[0][0])
                || words.Any(w => !char.IsUpper(w[0]) && !ActorFinder.Particles.Contains(w.Split('-')[0]) && w is not ("of" or "for" or "the" or "and"))
                || words.Any(w => w.Length > 3 && w.All(c => !char.IsLetter(c) || char.IsUpper(c)))
                // ("Following Wednesdays": a date or a participle opening the sentence is no name)
                || words.Any(w => Calendar.Contains(w.TrimEnd('s'))) || words[0].EndsWith("ing", StringComparison.Ordinal))
            {
                continue;
            }
            var first = group.First();
            var kind = ActorLexicon.Shared.OrgHeads.Contains(words[^1].ToLowerInvariant()) ? ActorKind.Organization : ActorKind.Person;
            yield return new ExtractedActor(name, kind, [], first.SpeakerRole, first.SpeakerAffiliation, group.Count());
        }
    }
}
