using Bunit;
using Microsoft.EntityFrameworkCore;
using SyriaTalks.Domain;
using SyriaTalks.Web.Features.Timeline;

namespace SyriaTalks.Web.Tests.Features;

public sealed class TimelinePageTests : PageTestContext
{
    private const string Text = "Government forces cut a supply line near Aleppo on Wednesday.\n\nThe talks will resume by Feb. 25, de Mistura said.";

    private void TwoEvents() => Store(s =>
    {
        var a = s.Article("Talks pause", new DateOnly(2016, 2, 3), Text);
        var planned = s.Event(a, new DateOnly(2016, 2, 25), EventKind.Talks, "The talks will resume by Feb. 25, de Mistura said.", ["Staffan de Mistura"]);
        planned.IsPlanned = true;
        s.Event(a, new DateOnly(2016, 2, 3), EventKind.MilitaryAction, "Government forces cut a supply line near Aleppo on Wednesday.", ["Syrian government"], ["Aleppo"]);
    });

    [Fact]
    public void EventsAreGroupedByDayInDateOrder()
    {
        TwoEvents();
        var page = RenderPage<TimelinePage>("/");

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-test=day]").Count));
        var days = page.FindAll("[data-test=day]").Select(d => d.TextContent).ToList();
        Assert.Equal("Wednesday 3 February 2016", days[0]);
        Assert.Equal("Thursday 25 February 2016", days[1]);
    }

    [Fact]
    public void AnEventKnownOnlyToTheYearOrMonthIsHeadedByThatYearOrMonthNotByADay()
    {
        Store(s =>
        {
            var a = s.Article("Background", new DateOnly(2016, 2, 3), "Russia joined the war last year. Talks failed last month.");
            s.Event(a, new DateOnly(2015, 1, 1), EventKind.MilitaryAction, "Russia joined the war last year.").Precision = DatePrecision.Year;
            s.Event(a, new DateOnly(2016, 1, 1), EventKind.Talks, "Talks failed last month.").Precision = DatePrecision.Month;
        });

        var page = RenderPage<TimelinePage>("/");

        page.WaitForAssertion(() => Assert.Equal(["2015", "January 2016"], page.FindAll("[data-test=day]").Select(d => d.TextContent)));
    }

    [Fact]
    public void TheActorInTheQueryStringKeepsOnlyThatActorsEvents()
    {
        TwoEvents();
        var page = RenderPage<TimelinePage>("/?actor=Staffan%20de%20Mistura");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=event]")));
        Assert.Contains("resume by Feb. 25", page.Find("[data-test=event-summary]").TextContent);
    }

    [Fact]
    public void AnActorFilterLinksToThatActorsPage()
    {
        TwoEvents();
        var page = RenderPage<TimelinePage>("/?actor=Staffan%20de%20Mistura");

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-test=filter-actor-page]")));
        using var db = Database.Open();
        var id = db.Actors.Single(a => a.Name == "Staffan de Mistura").Id;
        Assert.Equal($"/actors/{id}", page.Find("[data-test=filter-actor-page]").GetAttribute("href"));
    }

    [Fact]
    public void ActorChipsSayWhatKindOfActorEachIs()
    {
        Store(s =>
        {
            var a = s.Article("Strikes", new DateOnly(2016, 2, 3), Text);
            s.Actor("Russia", ActorKind.State);
            s.Actor("Jaish al-Islam", ActorKind.ArmedGroup);
            s.Event(a, new DateOnly(2016, 2, 3), EventKind.MilitaryAction, "Russia struck Jaish al-Islam positions, Staffan de Mistura said.", ["Russia", "Jaish al-Islam", "Staffan de Mistura"]);
        });

        var page = RenderPage<TimelinePage>("/");

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-test=actor-chip]").Count));
        var kinds = page.FindAll("[data-test=actor-chip]").ToDictionary(c => c.TextContent.Trim(), c => c.GetAttribute("data-kind"));
        Assert.Equal("state", kinds["Russia"]);
        Assert.Equal("armed group", kinds["Jaish al-Islam"]);
        Assert.Equal("person", kinds["Staffan de Mistura"]);
        var icons = page.FindAll("[data-test=actor-chip] svg").Select(svg => svg.InnerHtml).Distinct().Count();
        Assert.Equal(3, icons);
    }

    [Fact]
    public void AnActorChipLinksToTheTimelineFilteredByThatActorKeepingOtherFilters()
    {
        TwoEvents();
        var page = RenderPage<TimelinePage>("/?kind=MilitaryAction");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=event]")));

        var href = page.Find("[data-test=actor-chip]").GetAttribute("href");

        Assert.Contains("actor=Syrian%20government", href);
        Assert.Contains("kind=MilitaryAction", href);
    }

    [Fact]
    public void PlannedOrPastKeepsOnlyThoseEvents()
    {
        TwoEvents();
        var planned = RenderPage<TimelinePage>("/?when=planned");
        planned.WaitForAssertion(() => Assert.Single(planned.FindAll("[data-test=event]")));
        Assert.Contains("resume", planned.Find("[data-test=event-summary]").TextContent);

        Navigation.NavigateTo("/?when=past");
        var past = Render<TimelinePage>();
        past.WaitForAssertion(() => Assert.Single(past.FindAll("[data-test=event]")));
        Assert.Contains("supply line", past.Find("[data-test=event-summary]").TextContent);
    }

    [Fact]
    public void ADateRangeKeepsOnlyTheEventsInsideIt()
    {
        TwoEvents();
        var page = RenderPage<TimelinePage>("/?from=2016-02-10&to=2016-02-28");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=event]")));
        Assert.Equal("Thursday 25 February 2016", page.Find("[data-test=day]").TextContent);
    }

    [Fact]
    public void TheSameEventReportedByTwoArticlesIsShownOnceWithTwoSources()
    {
        Store(s =>
        {
            var a = s.Article("Strikes near Aleppo", new DateOnly(2016, 2, 3), "Russian jets struck Aleppo on Tuesday.");
            var b = s.Article("Aleppo bombed", new DateOnly(2016, 2, 4), "Aleppo was bombed by Russian aircraft on Tuesday.");
            var c = s.Article("Talks in Geneva", new DateOnly(2016, 2, 4), "Delegates met in Geneva on Tuesday.");
            s.Event(a, new DateOnly(2016, 2, 2), EventKind.AirStrike, "Russian jets struck Aleppo on Tuesday.", ["Russia"], ["Aleppo"]);
            s.Event(b, new DateOnly(2016, 2, 2), EventKind.AirStrike, "Aleppo was bombed by Russian aircraft on Tuesday.", [], ["Aleppo"]);
            s.Event(c, new DateOnly(2016, 2, 2), EventKind.Talks, "Delegates met in Geneva on Tuesday.", [], ["Geneva"]);
        });

        var page = RenderPage<TimelinePage>("/");

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-test=event]").Count));
        var strike = page.FindAll("[data-test=event]").Single(e => e.TextContent.Contains("air strike"));
        Assert.Contains("2 sources", strike.QuerySelector("[data-test=source-count]")!.TextContent);
        Assert.Equal(2, strike.QuerySelectorAll("[data-test=source-link]").Length);
        Assert.Contains("Russia", strike.TextContent);
    }

    [Fact]
    public void EachSourceLinksToItsSentenceInTheArticle()
    {
        TwoEvents();
        var page = RenderPage<TimelinePage>("/?kind=Talks");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=event]")));

        using var db = Database.Open();
        var e = db.Events.Single(x => x.Kind == EventKind.Talks);
        Assert.Equal($"/articles/{e.ArticleId}#event-{e.Id}", page.Find("[data-test=source-link]").GetAttribute("href"));
    }

    [Fact]
    public void ALongTimelineIsPagedByWholeDaysAndCounted()
    {
        var days = TimelineService.EventsPerPage / 3 + 10;
        Store(s =>
        {
            var a = s.Article("Long war", new DateOnly(2016, 1, 1), "Fighting went on.");
            for (var d = 0; d < days; d++)
            {
                for (var i = 0; i < 3; i++)
                {
                    s.Event(a, new DateOnly(2016, 1, 1).AddDays(d), EventKind.MilitaryAction, "Fighting went on.");
                }
            }
        });

        var first = RenderPage<TimelinePage>("/");
        first.WaitForAssertion(() => Assert.Contains($"{days * 3} events on {days} days", first.Find("[data-test=total]").TextContent));
        Assert.Contains("page 1 of 2", first.Find("[data-test=total]").TextContent);
        Assert.Equal(TimelineService.EventsPerPage / 3, first.FindAll("[data-test=day]").Count);
        Assert.Equal(days, first.FindAll("[data-test=events-chart] [data-test=bar]").Count);

        Navigation.NavigateTo("/?page=2");
        var second = Render<TimelinePage>();
        second.WaitForAssertion(() => Assert.Equal(10, second.FindAll("[data-test=day]").Count));
    }

    [Fact]
    public void DeletingAnEventRemovesItAndRecordsTheCorrection()
    {
        TwoEvents();
        var page = RenderPage<TimelinePage>("/");
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-test=event]").Count));

        page.FindAll("[data-test=delete-event]")[0].Click();
        page.Find("[data-test=confirm-delete-event]").Click();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=event]")));
        using var db = Database.Open();
        Assert.Equal(1, db.Events.Count());
        var correction = db.Corrections.Single();
        Assert.Equal(CorrectionKind.EventDelete, correction.Kind);
        Assert.Contains("supply line", correction.Text);
    }

    [Fact]
    public async Task ChoosingAnActorInTheFilterPutsItInTheAddress()
    {
        TwoEvents();
        var page = RenderPage<TimelinePage>("/?kind=Talks");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=event]")));

        var actor = page.FindComponents<MudBlazor.MudAutocomplete<string>>().Single(c => c.Instance.Label == "Actor");
        var suggestions = await actor.Instance.SearchFunc!("mistura", CancellationToken.None)!;
        await actor.InvokeAsync(() => actor.Instance.ValueChanged.InvokeAsync(Assert.Single(suggestions!)));

        Assert.Contains("actor=Staffan%20de%20Mistura", Navigation.Uri);
        Assert.Contains("kind=Talks", Navigation.Uri);
    }

    [Fact]
    public void AnEmptyStoreSaysWhatToDoNext()
    {
        var page = RenderPage<TimelinePage>("/");

        page.WaitForAssertion(() => Assert.Contains("Upload an article", page.Find("[data-test=empty]").TextContent));
    }

    [Fact]
    public void FiltersThatMatchNothingSayHowToWidenThem()
    {
        TwoEvents();
        var page = RenderPage<TimelinePage>("/?actor=Nobody");

        page.WaitForAssertion(() => Assert.Contains("clear the filters", page.Find("[data-test=empty]").TextContent));
    }
}
