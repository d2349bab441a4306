using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SyriaTalks.Data;
using SyriaTalks.Domain;
using SyriaTalks.Extraction;
using SyriaTalks.Ingestion.Pipeline;
using SyriaTalks.Ingestion.Reading;
using SyriaTalks.Ingestion.Storing;
using SyriaTalks.Testing;

namespace SyriaTalks.Ingestion.Tests.Storing;

/// <summary>Storage of articles, run on each provider (the derived classes below).</summary>
public abstract partial class ArticleIngestorTests(StoreProvider provider) : IDisposable
{
    private readonly TestDatabase database = new(provider);

    public void Dispose() => database.Dispose();

    /// <summary>An engine that finds what the test says, so storage is tested on its own.</summary>
    private sealed class ScriptedAnalyzer(Func<ArticleText, ArticleAnalysis> analyze) : IArticleAnalyzer
    {
        public ArticleAnalysis Analyze(ArticleText article) => analyze(article);
    }

    private static ArticleAnalysis Analysis(string speaker, string place, params string[] aliases) => new(
        [],
        [new ExtractedQuote("Just go home,", 1, 14, speaker, "member", "HNC", "said", "BBC", "\"Just go home,\" she said.", 0, 25)],
        [new ExtractedActor(speaker, ActorKind.Person, aliases, "member", "High Negotiations Committee", 2)],
        [new ExtractedPlace(place, PlaceKind.City, "SY", 36.2, 37.1, [], 1)],
        [new ExtractedEvent(new DateOnly(2016, 2, 3), null, DatePrecision.Day, EventKind.Talks, "Talks paused", "\"Just go home,\" she said.", 0, 25, false, [speaker], [place])]);

    private ArticleIngestor Ingestor(Func<ArticleText, ArticleAnalysis> analyze) =>
        new(database.Factory, new ExtractionPipeline(new ArticleReader(), new ScriptedAnalyzer(analyze)), TimeProvider.System, NullLogger<ArticleIngestor>.Instance);

    private static ArticleSource Text(string body, string? url = null) =>
        new(Encoding.UTF8.GetBytes("A headline\n\n" + body), "article.txt", new DateOnly(2016, 2, 3), url);

    [Fact]
    public async Task AnArticleIsStoredWithItsQuotesEventsActorsAndPlacesLinked()
    {
        var result = await Ingestor(_ => Analysis("Basma Kodmani", "Aleppo", "Kodmani")).IngestAsync(Text("\"Just go home,\" she said."));

        Assert.Equal(IngestStatus.Created, result.Status);
        Assert.Equal((1, 1, 1, 1), (result.Quotes, result.Events, result.Actors, result.Places));
        await using var db = database.Open();
        var quote = await db.Quotes.Include(q => q.Speaker).SingleAsync();
        Assert.Equal("Basma Kodmani", quote.Speaker!.Name);
        Assert.Equal(new DateOnly(2016, 2, 3), quote.Published);
        var e = await db.Events.Include(x => x.Actors).Include(x => x.Places).SingleAsync();
        Assert.Equal("Basma Kodmani", Assert.Single(e.Actors).Name);
        Assert.Equal("Aleppo", Assert.Single(e.Places).Name);
        Assert.Equal("Kodmani", (await db.ActorAliases.SingleAsync()).Name);
    }

    [Fact]
    public async Task TheSameTextTwiceIsRecognisedAndNotStoredAgain()
    {
        var ingestor = Ingestor(_ => Analysis("Basma Kodmani", "Aleppo"));
        var first = await ingestor.IngestAsync(Text("\"Just go home,\" she said."));

        var second = await ingestor.IngestAsync(Text("\"Just   go home,\"  she said."));

        Assert.Equal(IngestStatus.Duplicate, second.Status);
        Assert.Equal(first.ArticleId, second.ArticleId);
        Assert.Equal(1, second.Quotes);
        await using var db = database.Open();
        Assert.Equal(1, await db.Articles.CountAsync());
        Assert.Equal(1, await db.Quotes.CountAsync());
    }

    [Fact]
    public async Task ANewVersionAtTheSameUrlReplacesTheOldOneAndItsExtractions()
    {
        var ingestor = Ingestor(_ => Analysis("Basma Kodmani", "Aleppo"));
        await ingestor.IngestAsync(Text("\"Just go home,\" she said.", "https://example.org/a"));

        var updated = await ingestor.IngestAsync(Text("\"Just go home,\" she said on Wednesday.", "https://example.org/a"));

        Assert.Equal(IngestStatus.Updated, updated.Status);
        await using var db = database.Open();
        var article = await db.Articles.SingleAsync();
        Assert.Contains("on Wednesday", article.Text);
        Assert.Equal(1, await db.Quotes.CountAsync());
        Assert.Equal(1, await db.Events.CountAsync());
    }

    [Fact]
    public async Task AnActorNamedInTwoArticlesIsOneActorInTheStore()
    {
        await Ingestor(_ => Analysis("Staffan de Mistura", "Geneva", "di Mistura")).IngestAsync(Text("First article."));
        await Ingestor(_ => Analysis("Staffan De Mistura", "Geneva")).IngestAsync(Text("Second article."));
        await Ingestor(_ => Analysis("di Mistura", "Geneva")).IngestAsync(Text("Third article."));

        await using var db = database.Open();
        var actor = await db.Actors.SingleAsync();
        Assert.Equal("Staffan de Mistura", actor.Name);
        Assert.Equal(3, await db.ArticleActors.CountAsync(x => x.ActorId == actor.Id));
        Assert.Equal(1, await db.Places.CountAsync());
    }

    [Fact]
    public async Task TwoSpellingsOfOneActorInOneArticleAreOneLinkWithTheirMentionsSummed()
    {
        var analysis = Analysis("U.N.", "Geneva") with
        {
            Actors = [new ExtractedActor("U.N.", ActorKind.Organization, [], null, null, 2), new ExtractedActor("UN", ActorKind.Organization, [], null, null, 3)],
            Places = [new ExtractedPlace("Geneva", PlaceKind.City, "CH", 46.2, 6.1, [], 1), new ExtractedPlace("GENEVA", PlaceKind.City, "CH", 46.2, 6.1, [], 1)],
        };

        var result = await Ingestor(_ => analysis).IngestAsync(Text("The U.N. said the UN would meet in Geneva."));

        Assert.Equal(IngestStatus.Created, result.Status);
        await using var db = database.Open();
        Assert.Equal(5, (await db.ArticleActors.SingleAsync()).Mentions);
        Assert.Equal(2, (await db.ArticlePlaces.SingleAsync()).Mentions);
    }

    [Fact]
    public async Task DeletingAnArticleRemovesWhatCameOnlyFromIt()
    {
        var first = await Ingestor(_ => Analysis("Basma Kodmani", "Aleppo")).IngestAsync(Text("First article."));
        await Ingestor(_ => Analysis("Basma Kodmani", "Homs")).IngestAsync(Text("Second article."));
        var ingestor = Ingestor(_ => throw new InvalidOperationException("not called"));

        Assert.True(await ingestor.DeleteAsync(first.ArticleId));

        await using var db = database.Open();
        Assert.Equal(1, await db.Articles.CountAsync());
        Assert.Equal(1, await db.Quotes.CountAsync());
        Assert.Equal("Basma Kodmani", (await db.Actors.SingleAsync()).Name);
        Assert.Equal("Homs", (await db.Places.SingleAsync()).Name);
        Assert.False(await ingestor.DeleteAsync(first.ArticleId));
    }

    [Fact]
    public async Task AFailureWhileStoringLeavesTheStoreAsItWas()
    {
        await Ingestor(_ => Analysis("Basma Kodmani", "Aleppo")).IngestAsync(Text("First article."));

        // The store refuses the quote (its text may not be null) after the article, its new actor and place were written.
        await Assert.ThrowsAnyAsync<DbException>(() =>
            Ingestor(_ => Unstorable(Analysis("Farah Atassi", "Homs"))).IngestAsync(Text("Second article.")));

        await using var db = database.Open();
        Assert.Equal(1, await db.Articles.CountAsync());
        Assert.Equal(1, await db.Actors.CountAsync());
        Assert.Equal(1, await db.Places.CountAsync());
        Assert.Equal(1, await db.Quotes.CountAsync());
    }

    [Fact]
    public async Task RowsWrittenAlongsideAnArticleAreStoredWithItOrNotAtAll()
    {
        var ingestor = Ingestor(_ => Analysis("Basma Kodmani", "Aleppo"));
        var pipeline = new ExtractionPipeline(new ArticleReader(), new ScriptedAnalyzer(_ => Analysis("Farah Atassi", "Homs")));
        var seen = new List<int>();

        var stored = await ingestor.StoreAsync(pipeline.Run(Text("First article.")), "first.txt", default, async (db, result, ct) =>
        {
            seen.Add(result.ArticleId);
            db.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UtcNow, UserName = "editor", Action = AuditAction.Upload, Target = $"article {result.ArticleId}" });
            await db.SaveChangesAsync(ct);
        });
        await Assert.ThrowsAsync<InvalidOperationException>(() => ingestor.StoreAsync(pipeline.Run(Text("Second article.")), "second.txt", default,
            (_, _, _) => throw new InvalidOperationException("the audit could not be written")));

        Assert.Equal([stored.ArticleId], seen);
        await using var check = database.Open();
        Assert.Equal([stored.ArticleId], await check.Articles.Select(a => a.Id).ToListAsync());
        Assert.Equal($"article {stored.ArticleId}", (await check.AuditEntries.SingleAsync()).Target);
        Assert.Equal(["Farah Atassi"], await check.Actors.Select(a => a.Name).ToListAsync());
    }

    [Fact]
    public async Task TheSameArticleIngestedByManyCallersAtOnceIsStoredOnce()
    {
        var ingestor = Ingestor(_ => Analysis("Basma Kodmani", "Aleppo"));

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => ingestor.IngestAsync(Text("\"Just go home,\" she said.")))));

        Assert.Single(results, r => r.Status == IngestStatus.Created);
        Assert.Single(results.Select(r => r.ArticleId).Distinct());
        await using var db = database.Open();
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task TheSourceLabelIsStoredAsASafeFileName()
    {
        var result = await Ingestor(_ => Analysis("Basma Kodmani", "Aleppo")).IngestAsync(
            new ArticleSource(Encoding.UTF8.GetBytes("A headline\n\nBody."), "../../\u202Eevil/" + new string('x', 300) + ".txt", new DateOnly(2016, 2, 3)));

        await using var db = database.Open();
        var source = (await db.Articles.SingleAsync(a => a.Id == result.ArticleId)).Source!;
        Assert.DoesNotContain("/", source);
        Assert.True(source.Length <= SourceName.MaxLength);
    }

    [Fact]
    public async Task TheStoredUrlIsCanonicalSoThatTrackingVariantsFindTheSameArticle()
    {
        var ingestor = Ingestor(_ => Analysis("Basma Kodmani", "Aleppo"));
        await ingestor.IngestAsync(Text("First version.", "https://Example.org/a/?utm_source=x"));

        var second = await ingestor.IngestAsync(Text("Second version.", "https://example.org/a#top"));

        Assert.Equal(IngestStatus.Updated, second.Status);
        await using var db = database.Open();
        Assert.Equal("https://example.org/a", (await db.Articles.SingleAsync()).Url);
    }
}

public sealed class ArticleIngestorTestsOnSqlite() : ArticleIngestorTests(StoreProvider.Sqlite);

public sealed class ArticleIngestorTestsOnPostgreSql() : ArticleIngestorTests(StoreProvider.PostgreSql);
