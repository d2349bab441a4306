using Bunit;
using SyriaTalks.Domain;
using SyriaTalks.Web.Features.Places;

namespace SyriaTalks.Web.Tests.Features;

public sealed class PlacesPageTests : PageTestContext
{
    private int aleppoId;

    public PlacesPageTests() => Store(s =>
    {
        var a = s.Article("Strikes", new DateOnly(2016, 2, 3), "Jets struck Aleppo on Tuesday. Delegates met in Geneva.");
        s.Event(a, new DateOnly(2016, 2, 2), EventKind.AirStrike, "Jets struck Aleppo on Tuesday.", [], ["Aleppo"]);
        s.Place("Geneva", 46.2, 6.15);
        a.Places.Add(new ArticlePlace { Place = s.Place("Geneva"), Mentions = 1 });
        s.Save();
        aleppoId = s.Place("Aleppo").Id;
    });

    [Fact]
    public void PlacesInsideTheMapGetAMarkerAtTheirProjectedPosition()
    {
        var page = RenderPage<PlacesPage>("/places");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=marker]")));
        var marker = page.Find("[data-test=marker]");
        Assert.Equal($"/places?place={aleppoId}", marker.GetAttribute("href"));
        var (x, y) = MapProjection.Project(36.2, 37.1);
        var circle = marker.QuerySelector("circle")!;
        Assert.Equal(x, double.Parse(circle.GetAttribute("cx")!, System.Globalization.CultureInfo.InvariantCulture), 0.1);
        Assert.Equal(y, double.Parse(circle.GetAttribute("cy")!, System.Globalization.CultureInfo.InvariantCulture), 0.1);
        Assert.Contains("map/levant.svg", page.Find("[data-test=map] image").GetAttribute("href"));
    }

    [Fact]
    public void PlacesBeyondTheMapAreListedUnderIt()
    {
        var page = RenderPage<PlacesPage>("/places");

        page.WaitForAssertion(() => Assert.Contains("Geneva", page.Find("[data-test=outside-map]").TextContent));
        Assert.Equal(2, page.FindAll("[data-test=place-row]").Count);
    }

    [Fact]
    public void AChosenPlaceShowsItsEventsAndALinkToTheTimeline()
    {
        var page = RenderPage<PlacesPage>($"/places?place={aleppoId}");

        page.WaitForAssertion(() => Assert.Equal("Aleppo", page.Find("[data-test=place-name]").TextContent));
        Assert.Contains("2016-02-02 · air strike", page.Find("[data-test=place-events]").TextContent);
        Assert.Equal("/?place=Aleppo", page.Find("[data-test=place-timeline]").GetAttribute("href"));
        Assert.Contains("selected", page.Find("[data-test=marker]").GetAttribute("class"));
    }

    [Fact]
    public async Task PlaceSuggestionsMatchPartOfTheName()
    {
        var suggestions = await new PlacesService(Database.Factory).SuggestAsync("lepp", CancellationToken.None);

        Assert.Equal(["Aleppo"], suggestions);
    }

    [Fact]
    public void TheProjectionPutsTheBoxCornersOnTheMapCorners()
    {
        Assert.Equal((0.0, 0.0), MapProjection.Project(MapProjection.North, MapProjection.West));
        var (x, y) = MapProjection.Project(MapProjection.South, MapProjection.East);
        Assert.Equal(MapProjection.Width, x, 6);
        Assert.Equal(MapProjection.Height, y, 6);
    }
}

public sealed class EmptyPlacesPageTests : PageTestContext
{
    [Fact]
    public void AnEmptyStoreSaysWhatToDoNext()
    {
        var page = RenderPage<PlacesPage>("/places");

        page.WaitForAssertion(() => Assert.Contains("Upload an article", page.Find("[data-test=empty]").TextContent));
    }
}
