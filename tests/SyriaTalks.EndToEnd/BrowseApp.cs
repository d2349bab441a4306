using Microsoft.EntityFrameworkCore;
using SyriaTalks.Data;
using SyriaTalks.Domain;
using SyriaTalks.Ingestion.Storing;

namespace SyriaTalks.EndToEnd;

/// <summary>
/// The real app with, beside the seed, one more article written straight into its database: known speakers,
/// events and a duplicate actor, so that the browsing tests do not depend on how well the engine reads the seed.
/// </summary>
public sealed class BrowseApp : IAsyncLifetime
{
    public const string Text =
        "\"We came to Geneva to negotiate, not to watch the bombing of Aleppo,\" said Riyad Hijab, the coordinator of the High Negotiations Committee.\n\n" +
        "\"There will be no talks while the sieges go on,\" said Salem al-Meslet, the committee's spokesman.\n\n" +
        "\"We are not going to give up,\" Salem al-Meslet added.\n\n" +
        "Riad Hijab met the U.N. envoy in Geneva on Thursday.\n\n" +
        "Russian jets struck Aleppo on Wednesday, Riyad Hijab said.";

    public AppServer Server { get; } = new();

    public int HijabId { get; private set; }

    public int DuplicateHijabId { get; private set; }

    public int ArticleId { get; private set; }

    public async Task InitializeAsync()
    {
        await Server.InitializeAsync();
        var options = new DbContextOptionsBuilder<SyriaTalksDbContext>()
            .UseSqlite($"Data Source={Path.Combine(Server.DataFolder, "e2e.db")}").Options;
        await using var db = new SyriaTalksDbContext(options);
        Actor Actor(string name, ActorKind kind = ActorKind.Person, string? role = null, string? affiliation = null)
        {
            var key = NameKey.Normalize(name);
            var actor = db.Actors.Local.FirstOrDefault(a => a.NormalizedName == key) ?? db.Actors.FirstOrDefault(a => a.NormalizedName == key);
            if (actor is null)
            {
                actor = new Actor { Name = name, NormalizedName = key, Kind = kind, Role = role, Affiliation = affiliation };
                db.Actors.Add(actor);
            }
            return actor;
        }
        Place Place(string name, double lat, double lon)
        {
            var key = NameKey.Normalize(name);
            var place = db.Places.Local.FirstOrDefault(p => p.NormalizedName == key) ?? db.Places.FirstOrDefault(p => p.NormalizedName == key);
            if (place is null)
            {
                place = new Place { Name = name, NormalizedName = key, Kind = PlaceKind.City, Latitude = lat, Longitude = lon };
                db.Places.Add(place);
            }
            return place;
        }
        var published = new DateOnly(2016, 2, 5);
        var article = new Article { Title = "Opposition walks out of Geneva", Outlet = "Test Wire", Published = published, Text = Text, ContentHash = ContentHash.Of(Text), IngestedAt = DateTimeOffset.UnixEpoch };
        var hijab = Actor("Riyad Hijab", role: "coordinator", affiliation: "High Negotiations Committee");
        var riad = Actor("Riad Hijab");
        var meslet = Actor("Salem al-Meslet", role: "spokesman", affiliation: "High Negotiations Committee");
        var russia = Actor("Russia", ActorKind.State);
        var geneva = Place("Geneva", 46.2, 6.15);
        var aleppo = Place("Aleppo", 36.2, 37.16);
        foreach (var a in new[] { hijab, riad, meslet, russia })
        {
            article.Actors.Add(new ArticleActor { Actor = a, Mentions = 1 });
        }
        article.Places.Add(new ArticlePlace { Place = geneva, Mentions = 2 });
        article.Places.Add(new ArticlePlace { Place = aleppo, Mentions = 1 });
        Quote Q(string text, Actor speaker)
        {
            var start = Text.IndexOf(text, StringComparison.Ordinal);
            return new Quote { Text = text, Speaker = speaker, SpeakerLabel = speaker.Name, Cue = "said", Sentence = text, Start = start, End = start + text.Length, SentenceStart = start, SentenceEnd = start + text.Length, Published = published };
        }
        article.Quotes.Add(Q("We came to Geneva to negotiate, not to watch the bombing of Aleppo,", hijab));
        article.Quotes.Add(Q("There will be no talks while the sieges go on,", meslet));
        article.Quotes.Add(Q("We are not going to give up,", meslet));
        Event E(string sentence, DateOnly date, EventKind kind, Actor[] actors, Place[] places)
        {
            var start = Text.IndexOf(sentence, StringComparison.Ordinal);
            return new Event { Date = date, Precision = DatePrecision.Day, Kind = kind, Summary = sentence, Sentence = sentence, Start = start, End = start + sentence.Length, Actors = [.. actors], Places = [.. places] };
        }
        article.Events.Add(E("Riad Hijab met the U.N. envoy in Geneva on Thursday.", new DateOnly(2016, 2, 4), EventKind.Talks, [riad], [geneva]));
        article.Events.Add(E("Russian jets struck Aleppo on Wednesday, Riyad Hijab said.", new DateOnly(2016, 2, 3), EventKind.AirStrike, [russia, hijab], [aleppo]));
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        HijabId = hijab.Id;
        DuplicateHijabId = riad.Id;
        ArticleId = article.Id;
    }

    public Task DisposeAsync() => Server.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class BrowseCollection : ICollectionFixture<BrowseApp>
{
    public const string Name = "browse";
}
