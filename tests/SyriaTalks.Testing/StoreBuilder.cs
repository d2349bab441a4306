using SyriaTalks.Data;
using SyriaTalks.Domain;
using SyriaTalks.Ingestion.Storing;

namespace SyriaTalks.Testing;

/// <summary>Builds small stores for page and query tests: articles with quotes and events, written as the ingestor would.</summary>
public sealed class StoreBuilder(SyriaTalksDbContext db)
{
    private readonly Dictionary<string, Actor> actors = new();
    private readonly Dictionary<string, Place> places = new();

    public Actor Actor(string name, ActorKind kind = ActorKind.Person, string? role = null, string? affiliation = null)
    {
        if (!actors.TryGetValue(name, out var actor))
        {
            actor = new Actor { Name = name, NormalizedName = NameKey.Normalize(name), Kind = kind, Role = role, Affiliation = affiliation };
            actors[name] = actor;
            db.Actors.Add(actor);
        }
        return actor;
    }

    public Place Place(string name, double lat = 36.2, double lon = 37.1, PlaceKind kind = PlaceKind.City)
    {
        if (!places.TryGetValue(name, out var place))
        {
            place = new Place { Name = name, NormalizedName = NameKey.Normalize(name), Kind = kind, CountryCode = "SY", Latitude = lat, Longitude = lon };
            places[name] = place;
            db.Places.Add(place);
        }
        return place;
    }

    public Article Article(string title, DateOnly published, string text)
    {
        var article = new Article
        {
            Title = title,
            Published = published,
            Text = text,
            ContentHash = ContentHash.Of(text),
            IngestedAt = DateTimeOffset.UnixEpoch,
        };
        db.Articles.Add(article);
        return article;
    }

    /// <summary>Adds a quote whose text must occur in the article's text (offsets are computed from it).</summary>
    public Quote Quote(Article article, string text, string? speaker, string? cue = "said")
    {
        var start = article.Text.IndexOf(text, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{text}' is not in the article text.", nameof(text));
        }
        var actor = speaker is null ? null : Actor(speaker);
        if (actor is not null && article.Actors.All(x => x.Actor != actor))
        {
            article.Actors.Add(new ArticleActor { Actor = actor, Mentions = 1 });
        }
        var quote = new Quote
        {
            Text = text,
            Speaker = actor,
            SpeakerLabel = speaker,
            Cue = cue,
            Sentence = text,
            Start = start,
            End = start + text.Length,
            SentenceStart = start,
            SentenceEnd = start + text.Length,
            Published = article.Published,
        };
        article.Quotes.Add(quote);
        return quote;
    }

    public Event Event(Article article, DateOnly date, EventKind kind, string sentence, string[]? actorNames = null, string[]? placeNames = null)
    {
        var start = Math.Max(0, article.Text.IndexOf(sentence, StringComparison.Ordinal));
        var e = new Event
        {
            Date = date,
            Precision = DatePrecision.Day,
            Kind = kind,
            Summary = sentence,
            Sentence = sentence,
            Start = start,
            End = start + sentence.Length,
            Actors = [.. (actorNames ?? []).Select(n => Actor(n))],
            Places = [.. (placeNames ?? []).Select(n => Place(n))],
        };
        foreach (var a in e.Actors.Where(a => article.Actors.All(x => x.Actor != a)))
        {
            article.Actors.Add(new ArticleActor { Actor = a, Mentions = 1 });
        }
        foreach (var p in e.Places.Where(p => article.Places.All(x => x.Place != p)))
        {
            article.Places.Add(new ArticlePlace { Place = p, Mentions = 1 });
        }
        article.Events.Add(e);
        return e;
    }

    public void Save() => db.SaveChanges();
}
