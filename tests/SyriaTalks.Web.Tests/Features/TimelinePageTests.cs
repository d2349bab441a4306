using Bunit;
using SyriaTalks.Domain;
using SyriaTalks.Web.Features.Timeline;

namespace SyriaTalks.Web.Tests.Features;

public sealed class TimelinePageTests : PageTestContext
{
    private const string Text = "Government forces cut a supply line near Aleppo on Wednesday.\n\nThe talks will resume by Feb. 25, de Mistura said.";

    public TimelinePageTests() => Store(s =>
    {
        var a = s.Article("Talks pause", new DateOnly(2016, 2, 3), Text);
        s.Event(a, new DateOnly(2016, 2, 25), EventKind.Talks, "The talks will resume by Feb. 25, de Mistura said.", ["Staffan de Mistura"]);
        s.Event(a, new DateOnly(2016, 2, 3), EventKind.MilitaryAction, "Government forces cut a supply line near Aleppo on Wednesday.", ["Syrian government"], ["Aleppo"]);
    });

    [Fact]
    public void EventsAreGroupedByDayInDateOrder()
    {
        var page = RenderPage<TimelinePage>("/");

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-test=day]").Count));
        var days = page.FindAll("[data-test=day]").Select(d => d.TextContent).ToList();
        Assert.Equal("Wednesday 3 February 2016", days[0]);
        Assert.Equal("Thursday 25 February 2016", days[1]);
    }

    [Fact]
    public void TheActorInTheQueryStringKeepsOnlyThatActorsEvents()
    {
        var page = RenderPage<TimelinePage>("/?actor=Staffan%20de%20Mistura");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=event]")));
        Assert.Contains("resume by Feb. 25", page.Find("[data-test=event-summary]").TextContent);
    }

    [Fact]
    public void ClickingAnActorChipFiltersTheTimelineByThatActor()
    {
        var page = RenderPage<TimelinePage>("/");
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-test=event]").Count));

        page.FindAll("[data-test=actor-chip]").First(c => c.TextContent.Contains("Syrian government")).Click();

        Assert.Contains("actor=Syrian%20government", Navigation.Uri);
    }

    [Fact]
    public void AnEmptyStoreSaysWhatToDoNext()
    {
        var page = RenderPage<TimelinePage>("/?actor=Nobody");

        page.WaitForAssertion(() => Assert.Contains("Upload an article", page.Find("[data-test=empty]").TextContent));
    }
}
