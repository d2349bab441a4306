using Bunit;
using SyriaTalks.Web.Features.Quotes;

namespace SyriaTalks.Web.Tests.Features;

public sealed class QuotesPageTests : PageTestContext
{
    private const string Text = "\"We will not negotiate,\" said Basma Kodmani.\n\n\"This is not the end,\" said Staffan de Mistura.\n\n\"Talks resume later,\" de Mistura added.";

    public QuotesPageTests() => Store(s =>
    {
        var a = s.Article("Talks pause", new DateOnly(2016, 2, 3), Text);
        s.Quote(a, "We will not negotiate,", "Basma Kodmani");
        s.Quote(a, "This is not the end,", "Staffan de Mistura");
        s.Quote(a, "Talks resume later,", "Staffan de Mistura", cue: "added");
    });

    [Fact]
    public void WithoutASpeakerEveryQuoteIsListed()
    {
        var page = RenderPage<QuotesPage>("/quotes");

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-test=quote-row]").Count));
        Assert.Contains("3 quotes", page.Find("[data-test=total]").TextContent);
    }

    [Fact]
    public void TheSpeakerInTheQueryStringKeepsOnlyThatSpeakersQuotes()
    {
        var page = RenderPage<QuotesPage>("/quotes?speaker=Staffan%20de%20Mistura");

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-test=quote-row]").Count));
        Assert.All(page.FindAll("[data-test=quote-speaker]"), cell => Assert.Contains("Staffan de Mistura", cell.TextContent));
        Assert.DoesNotContain("We will not negotiate", page.Markup);
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
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=quote-row]")));

        page.Find("[data-test=clear-speaker]").Click();

        Assert.DoesNotContain("speaker=", Navigation.Uri);
    }
}
