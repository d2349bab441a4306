using Bunit;
using Microsoft.EntityFrameworkCore;
using SyriaTalks.Domain;
using SyriaTalks.Web.Features.Quotes;

namespace SyriaTalks.Web.Tests.Features;

public sealed class QuotesPageTests : PageTestContext
{
    private const string Text = "\"We will not negotiate,\" said Basma Kodmani.\n\n\"This is not the end,\" said Staffan de Mistura.\n\n\"Talks resume later,\" de Mistura added.";

    public QuotesPageTests() => Store(s =>
    {
        var hnc = s.Actor("High Negotiations Committee", ActorKind.Organization);
        hnc.Aliases.Add(new ActorAlias { Name = "HNC", NormalizedName = "hnc" });
        s.Actor("Basma Kodmani", affiliation: "High Negotiations Committee");
        var a = s.Article("Talks pause", new DateOnly(2016, 2, 3), Text);
        s.Quote(a, "We will not negotiate,", "Basma Kodmani");
        s.Quote(a, "This is not the end,", "Staffan de Mistura");
        s.Quote(a, "Talks resume later,", "Staffan de Mistura", cue: "added");
    });

    [Fact]
    public void WithoutASpeakerEveryQuoteIsListed()
    {
        var page = RenderPage<QuotesPage>("/quotes");

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-test=quote-text]").Count));
        Assert.Contains("3 quotes", page.Find("[data-test=total]").TextContent);
    }

    [Fact]
    public void TheSpeakerInTheQueryStringKeepsOnlyThatSpeakersQuotes()
    {
        var page = RenderPage<QuotesPage>("/quotes?speaker=Staffan%20de%20Mistura");

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-test=quote-text]").Count));
        Assert.All(page.FindAll("[data-test=quote-speaker]"), cell => Assert.Contains("Staffan de Mistura", cell.TextContent));
        Assert.DoesNotContain("We will not negotiate", page.Markup);
    }

    [Fact]
    public void EachSpeakerLinksToTheirActorPage()
    {
        var page = RenderPage<QuotesPage>("/quotes?speaker=Basma%20Kodmani");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=quote-text]")));

        using var db = Database.Open();
        var id = db.Actors.Single(a => a.Name == "Basma Kodmani").Id;
        Assert.Equal($"/actors/{id}", page.Find("[data-test=quote-speaker] a").GetAttribute("href"));
        Assert.Contains("High Negotiations Committee", page.Find("[data-test=quote-role]").TextContent);
    }

    [Fact]
    public void AnAffiliationFindsEveryoneFromThatOrganisationEvenByItsAlias()
    {
        var page = RenderPage<QuotesPage>("/quotes?affiliation=HNC");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=quote-text]")));
        Assert.Contains("We will not negotiate", page.Find("[data-test=quote-text]").TextContent);
    }

    [Fact]
    public void WordsSearchTheQuoteTextThroughTheFullTextIndex()
    {
        var page = RenderPage<QuotesPage>("/quotes?q=negot");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=quote-text]")));
        Assert.Contains("We will not negotiate", page.Find("[data-test=quote-text]").TextContent);
    }

    [Fact]
    public void SearchOperatorsTypedByTheUserAreReadAsWords()
    {
        var page = RenderPage<QuotesPage>("/quotes?q=%22end%20OR%20NEAR(");

        page.WaitForAssertion(() => Assert.Contains("No quotes match", page.Find("[data-test=empty]").TextContent));
    }

    [Fact]
    public void ADateRangeOutsideThePublicationsShowsNothing()
    {
        var page = RenderPage<QuotesPage>("/quotes?from=2017-01-01");

        page.WaitForAssertion(() => Assert.Contains("No quotes match", page.Find("[data-test=empty]").TextContent));
    }

    [Fact]
    public void SortingBySpeakerOrdersTheRowsAndTheNextClickReversesThem()
    {
        var page = RenderPage<QuotesPage>("/quotes?sort=speaker&dir=asc");
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-test=quote-text]").Count));
        Assert.Contains("Basma Kodmani", page.FindAll("[data-test=quote-speaker]")[0].TextContent);
        Assert.Contains("sort-speaker", page.Find("th[aria-sort=ascending]").InnerHtml);

        page.Find("[data-test=sort-speaker]").Click();

        Assert.Contains("sort=speaker", Navigation.Uri);
        Assert.Contains("dir=desc", Navigation.Uri);
    }

    [Fact]
    public void PagesAreServedFromTheDatabaseOneAtATime()
    {
        var page = RenderPage<QuotesPage>("/quotes?size=2&page=2");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=quote-text]")));
        Assert.Contains("3 quotes", page.Find("[data-test=total]").TextContent);
    }

    [Fact]
    public async Task SpeakerSuggestionsCarryQuoteCountsAndMatchAliases()
    {
        var service = new QuotesService(Database.Factory);

        var all = await service.SuggestSpeakersAsync(null, CancellationToken.None);
        var mistura = await service.SuggestSpeakersAsync("mistura", CancellationToken.None);

        Assert.Equal(new SpeakerCount("Staffan de Mistura", 2), all[0]);
        Assert.Equal([new SpeakerCount("Staffan de Mistura", 2)], mistura);
    }

    [Fact]
    public void TheExportLinksCarryTheCurrentFilters()
    {
        var page = RenderPage<QuotesPage>("/quotes?speaker=Basma%20Kodmani&q=negotiate");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=quote-text]")));

        var csv = page.Find("[data-test=export-csv]").GetAttribute("href")!;

        Assert.Contains("/export/quotes.csv?", csv);
        Assert.Contains("speaker=Basma%20Kodmani", csv);
        Assert.Contains("q=negotiate", csv);
        Assert.NotNull(page.Find("[data-test=export-csv]").GetAttribute("download"));
    }

    [Fact]
    public void ChangingASpeakerAttributesTheQuoteToTheChosenActorAndRecordsIt()
    {
        var page = RenderPage<QuotesPage>("/quotes?speaker=Basma%20Kodmani");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=quote-text]")));

        page.Find("[data-test=edit-speaker]").Click();
        var picker = page.FindComponents<MudBlazor.MudAutocomplete<string>>().Single(c => c.Instance.HelperText is not null);
        picker.InvokeAsync(() => picker.Instance.ValueChanged.InvokeAsync("High Negotiations Committee"));
        page.Find("[data-test=save-speaker]").Click();

        using var db = Database.Open();
        var quote = db.Quotes.Include(q => q.Speaker).Single(q => q.Text.StartsWith("We will not"));
        Assert.Equal("High Negotiations Committee", quote.Speaker!.Name);
        var correction = db.Corrections.Single();
        Assert.Equal(CorrectionKind.QuoteSpeaker, correction.Kind);
        Assert.Equal("Basma Kodmani", correction.Before);
        Assert.Equal("High Negotiations Committee", correction.After);
    }

    [Fact]
    public void DeletingAQuoteRemovesItFromTheListAndTheSearchIndex()
    {
        var page = RenderPage<QuotesPage>("/quotes?speaker=Basma%20Kodmani");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=quote-text]")));

        page.Find("[data-test=delete-quote]").Click();
        page.Find("[data-test=confirm-delete]").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-test=empty]")));
        Navigation.NavigateTo("/quotes?q=negotiate");
        var search = Render<QuotesPage>();
        search.WaitForAssertion(() => Assert.NotNull(search.Find("[data-test=empty]")));
    }

    [Fact]
    public void ASpeakerWithNoQuotesGetsAnEmptyStateNamingThem()
    {
        var page = RenderPage<QuotesPage>("/quotes?speaker=Nobody%20Known");

        page.WaitForAssertion(() => Assert.Contains("No quotes from Nobody Known", page.Find("[data-test=empty]").TextContent));
    }

    [Fact]
    public void ClearingTheSpeakerNavigatesToTheUnfilteredList()
    {
        var page = RenderPage<QuotesPage>("/quotes?speaker=Basma%20Kodmani");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=quote-text]")));

        page.Find("[data-test=clear-speaker]").Click();

        Assert.DoesNotContain("speaker=", Navigation.Uri);
    }
}
