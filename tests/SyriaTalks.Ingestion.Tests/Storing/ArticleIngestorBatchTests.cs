using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SyriaTalks.Domain;
using SyriaTalks.Extraction;
using SyriaTalks.Ingestion.Pipeline;
using SyriaTalks.Ingestion.Reading;
using SyriaTalks.Ingestion.Storing;

namespace SyriaTalks.Ingestion.Tests.Storing;

/// <summary>Storage of several articles in one batch (the bulk path of the CLI's <c>ingest</c>), on each provider.</summary>
public abstract partial class ArticleIngestorTests
{
    /// <summary>The analysis with a quote the store refuses (its text may not be null), as a bug in the engine could produce.</summary>
    private static ArticleAnalysis Unstorable(ArticleAnalysis analysis) =>
        analysis with { Quotes = [.. analysis.Quotes, analysis.Quotes[0] with { Text = null! }] };

    private ArticleIngestor BatchIngestor(TimeProvider? clock = null) =>
        new(database.Factory, new ExtractionPipeline(new ArticleReader(), new ScriptedAnalyzer(_ => throw new InvalidOperationException("not called"))),
            clock ?? TimeProvider.System, NullLogger<ArticleIngestor>.Instance);

    private static BatchArticle Batched(string body, ArticleAnalysis analysis, string source, string? url = null) =>
        new(new ExtractedArticle(new ReadArticle("A headline", null, null, null, url, null, "A headline\n\n" + body), new DateOnly(2016, 2, 3), analysis), source);

    [Fact]
    public async Task AFailingArticleInTheMiddleOfABatchLeavesTheOthersStoredAndItselfAbsent()
    {
        var outcomes = await BatchIngestor().StoreBatchAsync([
            Batched("First article.", Analysis("Basma Kodmani", "Aleppo"), "a.txt"),
            Batched("Second article.", Unstorable(Analysis("Farah Atassi", "Homs")), "b.txt"),
            Batched("Third article.", Analysis("Basma Kodmani", "Idlib"), "c.txt"),
        ]);

        Assert.Equal(IngestStatus.Created, outcomes[0].Result!.Status);
        Assert.IsAssignableFrom<DbException>(outcomes[1].Error);
        Assert.Null(outcomes[1].Result);
        Assert.Equal(IngestStatus.Created, outcomes[2].Result!.Status);
        await using var db = database.Open();
        Assert.Equal(["a.txt", "c.txt"], await db.Articles.OrderBy(a => a.Id).Select(a => a.Source!).ToListAsync());
        Assert.Equal(["Basma Kodmani"], await db.Actors.Select(a => a.Name).ToListAsync());
        Assert.Equal(["Aleppo", "Idlib"], await db.Places.OrderBy(p => p.Name).Select(p => p.Name).ToListAsync());
        Assert.Equal(2, await db.Quotes.CountAsync());
        Assert.Equal(2, await db.Events.CountAsync());
        Assert.Equal(2, await db.ArticleActors.CountAsync());
    }

    [Fact]
    public async Task TheSameTextTwiceInOneBatchIsStoredOnceAndTheSecondIsADuplicateOfTheFirst()
    {
        var outcomes = await BatchIngestor().StoreBatchAsync([
            Batched("\"Just go home,\" she said.", Analysis("Basma Kodmani", "Aleppo"), "a.txt"),
            Batched("\"Just   go home,\"  she said.", Analysis("Basma Kodmani", "Aleppo"), "b.txt"),
        ]);

        Assert.Equal(IngestStatus.Created, outcomes[0].Result!.Status);
        Assert.Equal(IngestStatus.Duplicate, outcomes[1].Result!.Status);
        Assert.Equal(outcomes[0].Result!.ArticleId, outcomes[1].Result!.ArticleId);
        Assert.Equal(1, outcomes[1].Result!.Quotes);
        await using var db = database.Open();
        Assert.Equal(1, await db.Articles.CountAsync());
        Assert.Equal(1, await db.Quotes.CountAsync());
    }

    [Fact]
    public async Task AnActorFirstSeenInTwoArticlesOfOneBatchIsOneActorWithTheAliasesOfBoth()
    {
        var outcomes = await BatchIngestor().StoreBatchAsync([
            Batched("First article.", Analysis("Staffan de Mistura", "Geneva", "di Mistura"), "a.txt"),
            Batched("Second article.", Analysis("Staffan De Mistura", "GENEVA", "Mr de Mistura"), "b.txt"),
            Batched("Third article.", Analysis("di Mistura", "Geneva"), "c.txt"),
        ]);

        Assert.All(outcomes, o => Assert.Equal(IngestStatus.Created, o.Result!.Status));
        await using var db = database.Open();
        var actor = await db.Actors.Include(a => a.Aliases).SingleAsync();
        Assert.Equal("Staffan de Mistura", actor.Name);
        Assert.Equal(["di Mistura", "Mr de Mistura"], actor.Aliases.Select(a => a.Name).Order().ToList());
        Assert.Equal(3, await db.ArticleActors.CountAsync(x => x.ActorId == actor.Id));
        Assert.Equal(3, await db.Quotes.CountAsync(q => q.SpeakerId == actor.Id));
        Assert.Equal(1, await db.Places.CountAsync());
        Assert.Equal(3, await db.Events.CountAsync(e => e.Actors.Any(a => a.Id == actor.Id) && e.Places.Count == 1));
    }

    [Fact]
    public async Task ABatchStoresEveryFieldOfTheArticleAndWhatWasFoundInIt()
    {
        var ingestedAt = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

        var outcome = (await BatchIngestor(new FixedClock(ingestedAt)).StoreBatchAsync(
            [Batched("\"Just go home,\" she said.", Analysis("Basma Kodmani", "Aleppo", "Kodmani"), "a.txt", "https://Example.org/a?utm_source=x")]))[0];

        Assert.Equal((1, 1, 1, 1), (outcome.Result!.Quotes, outcome.Result.Events, outcome.Result.Actors, outcome.Result.Places));
        await using var db = database.Open();
        var article = await db.Articles.SingleAsync();
        Assert.Equal(("https://example.org/a", new DateOnly(2016, 2, 3), ingestedAt, "a.txt"), (article.Url, article.Published, article.IngestedAt, article.Source));
        var quote = await db.Quotes.Include(q => q.Speaker).SingleAsync();
        Assert.Equal(("Just go home,", "Basma Kodmani", "member", "HNC", "said", 1, 14, new DateOnly(2016, 2, 3)),
            (quote.Text, quote.Speaker!.Name, quote.SpeakerRole, quote.SpeakerAffiliation, quote.Cue, quote.Start, quote.End, quote.Published));
        var e = await db.Events.Include(x => x.Actors).Include(x => x.Places).SingleAsync();
        Assert.Equal((EventKind.Talks, DatePrecision.Day, new DateOnly(2016, 2, 3), false), (e.Kind, e.Precision, e.Date, e.IsPlanned));
        Assert.Equal("Basma Kodmani", Assert.Single(e.Actors).Name);
        var place = Assert.Single(e.Places);
        Assert.Equal((PlaceKind.City, "SY", 36.2, 37.1), (place.Kind, place.CountryCode, place.Latitude, place.Longitude));
        var actor = await db.Actors.SingleAsync();
        Assert.Equal((ActorKind.Person, "member", "High Negotiations Committee"), (actor.Kind, actor.Role, actor.Affiliation));
        Assert.Equal(2, (await db.ArticleActors.SingleAsync()).Mentions);
    }

    [Fact]
    public async Task ANewVersionLaterInTheSameBatchReplacesTheEarlierOne()
    {
        var outcomes = await BatchIngestor().StoreBatchAsync([
            Batched("First version.", Analysis("Basma Kodmani", "Aleppo"), "a.txt", "https://example.org/a"),
            Batched("Second version.", Analysis("Farah Atassi", "Homs"), "b.txt", "https://example.org/a"),
            Batched("First version.", Analysis("Basma Kodmani", "Aleppo"), "c.txt"),
        ]);

        Assert.Equal([IngestStatus.Created, IngestStatus.Updated, IngestStatus.Created], outcomes.Select(o => o.Result!.Status));
        await using var db = database.Open();
        Assert.Equal(["b.txt", "c.txt"], await db.Articles.OrderBy(a => a.Id).Select(a => a.Source!).ToListAsync());
        Assert.Equal(["Basma Kodmani", "Farah Atassi"], await db.Actors.OrderBy(a => a.Name).Select(a => a.Name).ToListAsync());
    }

    [Fact]
    public async Task AnActorWhoseRoleIsFirstKnownInALaterArticleOfTheBatchGetsIt()
    {
        var unknownRole = Analysis("Farah Atassi", "Homs") with { Actors = [new ExtractedActor("Farah Atassi", ActorKind.Person, [], null, null, 1)] };

        await BatchIngestor().StoreBatchAsync([
            Batched("First article.", unknownRole, "a.txt"),
            Batched("Second article.", Analysis("Farah Atassi", "Homs"), "b.txt"),
        ]);

        await using var db = database.Open();
        var actor = await db.Actors.SingleAsync();
        Assert.Equal(("member", "High Negotiations Committee"), (actor.Role, actor.Affiliation));
    }

    [Fact]
    public async Task BulkIngestionReportsEveryArticleInOrderAcrossBatchesWithTheUnreadableOnesApart()
    {
        var reported = new List<(int Item, BulkOutcome Outcome)>();

        await BulkIngestion.RunAsync(
            BatchIngestor(),
            Enumerable.Range(1, 7),
            i => i == 3
                ? throw new ArticleReadException("no date")
                : Batched($"Article number {i}.", i == 5 ? Unstorable(Analysis("Farah Atassi", "Homs")) : Analysis("Basma Kodmani", "Aleppo"), $"{i}.txt").Extracted,
            i => $"{i}.txt",
            (i, outcome) =>
            {
                reported.Add((i, outcome));
                return ValueTask.CompletedTask;
            },
            batchSize: 2);

        Assert.Equal([1, 2, 3, 4, 5, 6, 7], reported.Select(r => r.Item));
        Assert.IsType<ArticleReadException>(reported[2].Outcome.ReadError);
        Assert.IsAssignableFrom<DbException>(reported[4].Outcome.StoreError);
        Assert.All(reported.Where(r => r.Item is not (3 or 5)), r => Assert.Equal(IngestStatus.Created, r.Outcome.Result!.Status));
        await using var db = database.Open();
        Assert.Equal(["1.txt", "2.txt", "4.txt", "6.txt", "7.txt"], await db.Articles.OrderBy(a => a.Id).Select(a => a.Source!).ToListAsync());
    }

    [Fact]
    public async Task CorrectionsAreAppliedAgainToTheArticlesOfABatchThatTheyConcern()
    {
        var first = (await BatchIngestor().StoreBatchAsync([Batched("\"Just go home,\" she said.", Analysis("Basma Kodmani", "Aleppo"), "a.txt", "https://example.org/a")]))[0].Result!;
        await using (var db = database.Open())
        {
            var quoteId = await db.Quotes.Where(q => q.ArticleId == first.ArticleId).Select(q => q.Id).SingleAsync();
            Assert.NotNull(await CorrectionApplier.DeleteQuoteAsync(db, quoteId, DateTimeOffset.UtcNow));
        }

        var outcomes = await BatchIngestor().StoreBatchAsync([
            Batched("Another article.", Analysis("Basma Kodmani", "Homs"), "b.txt"),
            Batched("\"Just go home,\" she said on Wednesday.", Analysis("Basma Kodmani", "Aleppo"), "a2.txt", "https://example.org/a"),
            Batched("A third article.", Analysis("Basma Kodmani", "Idlib"), "c.txt"),
        ]);

        Assert.Equal([IngestStatus.Created, IngestStatus.Updated, IngestStatus.Created], outcomes.Select(o => o.Result!.Status));
        Assert.Equal([1, 0, 1], outcomes.Select(o => o.Result!.Quotes));
        await using var check = database.Open();
        Assert.Equal(["b.txt", "a2.txt", "c.txt"], await check.Articles.OrderBy(a => a.Id).Select(a => a.Source!).ToListAsync());
        Assert.Equal(2, await check.Quotes.CountAsync());
        var actor = await check.Actors.SingleAsync();
        Assert.Equal(3, await check.ArticleActors.CountAsync(x => x.ActorId == actor.Id));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
