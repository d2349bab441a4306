using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyriaTalks.Domain;
using SyriaTalks.Extraction;
using SyriaTalks.Ingestion.Pipeline;
using SyriaTalks.Ingestion.Reading;
using SyriaTalks.Ingestion.Storing;
using SyriaTalks.Web.Features.Corrections;

namespace SyriaTalks.Web.Tests.Features;

/// <summary>Manual corrections are recorded and survive re-ingestion of the same article (same content or a new version at the same URL).</summary>
public sealed class CorrectionsTests : PageTestContext
{
    private const string Url = "https://example.org/talks";
    private const string Body = "\"We will not negotiate,\" said Basma Kodmani.\n\n\"This is not the end,\" the envoy said.\n\nJets struck Aleppo on Tuesday.";

    private ArticleIngestor Ingestor => Services.GetRequiredService<ArticleIngestor>();

    private CorrectionsService Corrections => Services.GetRequiredService<CorrectionsService>();

    /// <summary>What an engine would return for <paramref name="body"/>: the same mistakes every time (the envoy unattributed, Kodmani as "Kodmani").</summary>
    private static ExtractedArticle Extracted(string body, string kodmani = "Kodmani")
    {
        int At(string s) => body.IndexOf(s, StringComparison.Ordinal);
        ExtractedQuote Quote(string text, string? speaker) =>
            new(text, At(text), At(text) + text.Length, speaker, null, null, "said", null, text, At(text), At(text) + text.Length);
        var strike = "Jets struck Aleppo on Tuesday.";
        var analysis = new ArticleAnalysis(
            [],
            [Quote("We will not negotiate,", kodmani), Quote("This is not the end,", null)],
            [new ExtractedActor(kodmani, ActorKind.Person, [], null, null, 1), new ExtractedActor("Russia", ActorKind.State, [], null, null, 1)],
            [new ExtractedPlace("Aleppo", PlaceKind.City, "SY", 36.2, 37.16, [], 1)],
            [new ExtractedEvent(new DateOnly(2016, 2, 2), null, DatePrecision.Day, EventKind.AirStrike, "Jets struck Aleppo", strike, At(strike), At(strike) + strike.Length, false, ["Russia"], ["Aleppo"])]);
        return new ExtractedArticle(new ReadArticle("Talks", null, new DateOnly(2016, 2, 3), "Example", Url, "en", body), new DateOnly(2016, 2, 3), analysis);
    }

    private async Task<int> StoreAsync(string body = Body, string kodmani = "Kodmani") =>
        (await Ingestor.StoreAsync(Extracted(body, kodmani), "test", CancellationToken.None)).ArticleId;

    /// <summary>Replaces the article with a new version at the same URL (the ingestor removes the old one first).</summary>
    private Task<int> StoreNewVersionAsync(string kodmani = "Kodmani") => StoreAsync(Body + "\n\nMore fighting was reported.", kodmani);

    [Fact]
    public async Task ADeletedQuoteStaysDeletedWhenANewVersionOfTheArticleIsIngested()
    {
        await StoreAsync();
        int quoteId;
        using (var db = Database.Open())
        {
            quoteId = db.Quotes.Single(q => q.Text == "This is not the end,").Id;
        }

        Assert.True(await Corrections.DeleteQuoteAsync(quoteId, CancellationToken.None));
        await StoreNewVersionAsync();

        using var check = Database.Open();
        Assert.Equal(["We will not negotiate,"], check.Quotes.Select(q => q.Text).ToList());
    }

    [Fact]
    public async Task ADeletedEventStaysDeletedWhenTheSameArticleIsIngestedAgainAfterRemoval()
    {
        var id = await StoreAsync();
        using (var db = Database.Open())
        {
            Assert.True(await Corrections.DeleteEventAsync(db.Events.Single().Id, CancellationToken.None));
        }
        await Ingestor.DeleteAsync(id, CancellationToken.None);

        await StoreAsync();

        using var check = Database.Open();
        Assert.Equal(2, check.Quotes.Count());
        Assert.Empty(check.Events);
    }

    [Fact]
    public async Task AChangedSpeakerIsAppliedAgainToTheNewVersion()
    {
        await StoreAsync();
        using (var db = Database.Open())
        {
            var quote = db.Quotes.Single(q => q.Text == "This is not the end,");
            Assert.True(await Corrections.ChangeQuoteSpeakerAsync(quote.Id, "Staffan de Mistura", CancellationToken.None));
        }

        await StoreNewVersionAsync();

        using var check = Database.Open();
        var again = check.Quotes.Include(q => q.Speaker).Single(q => q.Text == "This is not the end,");
        Assert.Equal("Staffan de Mistura", again.Speaker?.Name);
        Assert.Contains(check.ArticleActors.Include(x => x.Actor), x => x.Actor!.Name == "Staffan de Mistura");
    }

    [Fact]
    public async Task ARenamedActorKeepsItsNewNameWhenItsOnlyArticleIsReplaced()
    {
        await StoreAsync();
        using (var db = Database.Open())
        {
            Assert.True(await Corrections.RenameActorAsync(db.Actors.Single(a => a.Name == "Kodmani").Id, "Basma Kodmani", CancellationToken.None));
        }

        await StoreNewVersionAsync();

        using var check = Database.Open();
        Assert.DoesNotContain(check.Actors, a => a.Name == "Kodmani");
        var kodmani = check.Actors.Include(a => a.Aliases).Single(a => a.Name == "Basma Kodmani");
        Assert.Contains(kodmani.Aliases, a => a.Name == "Kodmani");
        Assert.Equal(kodmani.Id, check.Quotes.Single(q => q.Text == "We will not negotiate,").SpeakerId);
    }

    [Fact]
    public async Task MergingCarriesQuotesEventsAndAliasesOverAndSurvivesReingestion()
    {
        await StoreAsync();
        using (var db = Database.Open())
        {
            var other = new Article { Title = "Other", Text = "Basma Kodmani spoke.", ContentHash = "other", Published = new DateOnly(2016, 2, 4) };
            other.Actors.Add(new ArticleActor { Actor = new Actor { Name = "Basma Kodmani", NormalizedName = "basma kodmani", Kind = ActorKind.Person, Affiliation = "HNC" }, Mentions = 2 });
            db.Articles.Add(other);
            db.SaveChanges();
        }
        int fromId, intoId;
        using (var db = Database.Open())
        {
            fromId = db.Actors.Single(a => a.Name == "Kodmani").Id;
            intoId = db.Actors.Single(a => a.Name == "Basma Kodmani").Id;
        }

        Assert.True(await Corrections.MergeActorsAsync(fromId, intoId, CancellationToken.None));

        using (var db = Database.Open())
        {
            Assert.Null(db.Actors.Find(fromId));
            Assert.Equal(intoId, db.Quotes.Single(q => q.Text == "We will not negotiate,").SpeakerId);
            Assert.Contains(db.ActorAliases.Where(a => a.ActorId == intoId), a => a.Name == "Kodmani");
            Assert.Equal(2, db.ArticleActors.Count(x => x.ActorId == intoId));
        }

        await StoreNewVersionAsync();

        using var check = Database.Open();
        Assert.DoesNotContain(check.Actors, a => a.Name == "Kodmani");
        Assert.Equal(intoId, check.Quotes.Single(q => q.Text == "We will not negotiate,").SpeakerId);
        Assert.Single(check.Corrections, c => c.Kind == CorrectionKind.ActorMerge);
    }

    [Fact]
    public async Task MergingTwoActorsOfTheSameEventLeavesTheEventWithOne()
    {
        await StoreAsync();
        using (var db = Database.Open())
        {
            var e = db.Events.Include(x => x.Actors).Single();
            e.Actors.Add(db.Actors.Single(a => a.Name == "Kodmani"));
            db.SaveChanges();
        }
        int fromId, intoId;
        using (var db = Database.Open())
        {
            fromId = db.Actors.Single(a => a.Name == "Kodmani").Id;
            intoId = db.Actors.Single(a => a.Name == "Russia").Id;
        }

        Assert.True(await Corrections.MergeActorsAsync(fromId, intoId, CancellationToken.None));

        using var check = Database.Open();
        Assert.Equal([intoId], check.Events.Include(x => x.Actors).Single().Actors.Select(a => a.Id).ToList());
    }

    [Fact]
    public async Task TheCorrectionsPageListsWhatWasChangedNewestFirst()
    {
        await StoreAsync();
        using (var db = Database.Open())
        {
            await Corrections.DeleteEventAsync(db.Events.Single().Id, CancellationToken.None);
            await Corrections.RenameActorAsync(db.Actors.Single(a => a.Name == "Kodmani").Id, "Basma Kodmani", CancellationToken.None);
        }

        var page = RenderPage<CorrectionsPage>("/corrections");

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-test=correction-kind]").Count));
        Assert.Equal(["actor renamed", "event deleted"], page.FindAll("[data-test=correction-kind]").Select(c => c.TextContent));
        Assert.Contains("Basma Kodmani", page.Find("[data-test=corrections]").TextContent);
    }

    [Fact]
    public void WithoutCorrectionsThePageSaysWhereToMakeThem()
    {
        var page = RenderPage<CorrectionsPage>("/corrections");

        page.WaitForAssertion(() => Assert.Contains("Who said what", page.Find("[data-test=empty]").TextContent));
    }
}
