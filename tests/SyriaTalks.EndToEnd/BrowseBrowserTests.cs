using Microsoft.Playwright;

namespace SyriaTalks.EndToEnd;

/// <summary>The browsing pages in headless Chromium: filters, links between pages, corrections, export, and screenshots of every page.</summary>
[Collection(BrowseCollection.Name)]
public sealed class BrowseBrowserTests(BrowseApp app)
{
    private AppServer Server => app.Server;

    private async Task<(IPage Page, List<string> Errors)> OpenAsync(string path, int width = 1280, int height = 900)
    {
        var (page, errors) = await Server.NewPageAsync(width, height);
        page.Response += (_, r) => { if (r.Status >= 400) { errors.Add($"{r.Status} {r.Url}"); } };
        await page.GotoAsync(path);
        await AppServer.WaitForCircuitAsync(page);
        return (page, errors);
    }

    [Fact]
    public async Task FilteringQuotesBySpeakerKeepsOnlyThatSpeakersQuotes()
    {
        var (page, errors) = await OpenAsync("/quotes");
        var rows = page.Locator("[data-test=quote-text]");
        await rows.First.WaitForAsync();
        var before = await rows.CountAsync();

        var input = page.Locator("input[data-test=speaker-filter], [data-test=speaker-filter] input");
        await input.ClickAsync();
        await input.FillAsync("Meslet");
        var suggestion = page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = "Salem al-Meslet" }).First;
        await suggestion.WaitForAsync();
        Assert.Contains("(2 quotes)", await suggestion.InnerTextAsync());
        await suggestion.ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("speaker=Salem", StringComparison.Ordinal));
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('[data-test=quote-text]').length < {before}");
        var speakers = await page.Locator("[data-test=quote-speaker]").AllInnerTextsAsync();
        Assert.Equal(2, speakers.Count);
        Assert.All(speakers, s => Assert.Contains("Salem al-Meslet", s));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task ATimelineChipLeadsThroughTheFilterToTheActorPage()
    {
        var (page, errors) = await OpenAsync("/");
        var chip = page.Locator("[data-test=actor-chip]", new PageLocatorOptions { HasText = "Riyad Hijab" }).First;
        await chip.WaitForAsync();

        await chip.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("actor=Riyad", StringComparison.Ordinal));
        await page.Locator("[data-test=filter-actor-page]").ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith($"/actors/{app.HijabId}", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("[data-test=actor-name]")).ToHaveTextAsync("Riyad Hijab");
        Assert.Contains("We came to Geneva", await page.Locator("[data-test=actor-quotes]").InnerTextAsync());
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task MergingTwoActorsCarriesTheDuplicatesNameAndEventsOver()
    {
        var (page, errors) = await OpenAsync($"/actors/{app.DuplicateHijabId}");
        await Assertions.Expect(page.Locator("[data-test=actor-name]")).ToHaveTextAsync("Riad Hijab");

        await page.GetByText("Correct this actor").ClickAsync();
        var input = page.Locator("input[data-test=merge-target], [data-test=merge-target] input");
        await input.ClickAsync();
        await input.FillAsync("Riyad");
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = "Riyad Hijab" }).First.ClickAsync();
        await page.Locator("[data-test=merge]").ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith($"/actors/{app.HijabId}", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("[data-test=actor-aliases]")).ToContainTextAsync("Riad Hijab");
        Assert.Contains("met the U.N. envoy", await page.Locator("[data-test=actor-events]").InnerTextAsync());
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task TheCsvExportDownloadsTheFilteredQuotes()
    {
        var (page, errors) = await OpenAsync("/quotes?affiliation=High%20Negotiations%20Committee&q=talks");
        await page.Locator("[data-test=quote-text]").First.WaitForAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-test=export-csv]").ClickAsync());
        var path = Path.Combine(Server.DataFolder, "quotes.csv");
        await download.SaveAsAsync(path);
        var lines = (await File.ReadAllTextAsync(path)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("quotes.csv", download.SuggestedFilename);
        Assert.StartsWith("id,quote,speaker", lines[0]);
        var row = Assert.Single(lines.Skip(1));
        Assert.Contains("There will be no talks while the sieges go on", row);
        Assert.Contains("Salem al-Meslet", row);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task ClickingAMapMarkerShowsThatPlacesEvents()
    {
        var (page, errors) = await OpenAsync("/places");
        var marker = page.Locator("[data-test=marker]", new PageLocatorOptions { Has = page.Locator("title", new PageLocatorOptions { HasText = "Aleppo" }) }).First;

        await marker.ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("place=", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("[data-test=place-name]")).ToHaveTextAsync("Aleppo");
        Assert.Contains("air strike", await page.Locator("[data-test=place-events]").InnerTextAsync());
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    public static TheoryData<string, string> Pages() => new()
    {
        { "timeline", "/" },
        { "quotes", "/quotes" },
        { "actors", "/actors" },
        { "actor", "/actors/{hijab}" },
        { "places", "/places?place={aleppo}" },
        { "articles", "/articles" },
        { "article", "/articles/{article}" },
        { "corrections", "/corrections" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPageRendersAtDesktopAndPhoneWidthInLightAndDarkWithoutErrors(string name, string path)
    {
        path = path.Replace("{hijab}", app.HijabId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace("{article}", app.ArticleId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace("{aleppo}", await AleppoIdAsync());
        foreach (var (width, height, suffix) in new[] { (1280, 900, ""), (390, 844, "-phone") })
        {
            var (page, errors) = await OpenAsync(path, width, height);
            await page.Locator("h1").First.WaitForAsync();
            await page.WaitForFunctionAsync("() => !document.querySelector('.mud-progress-linear')");
            await AppServer.ScreenshotAsync(page, name + suffix);

            await page.Locator("[data-test=dark-mode]").ClickAsync();
            await page.WaitForFunctionAsync("() => localStorage.getItem('syriatalks-theme') === 'dark'");
            await page.ReloadAsync();
            await AppServer.WaitForCircuitAsync(page);
            await page.WaitForFunctionAsync("() => !document.querySelector('.mud-progress-linear')");
            await page.WaitForFunctionAsync("() => getComputedStyle(document.body).backgroundColor !== 'rgb(255, 255, 255)'");
            await AppServer.ScreenshotAsync(page, name + suffix + "-dark");
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            await page.Context.CloseAsync();
        }
    }

    private async Task<string> AleppoIdAsync()
    {
        var (page, _) = await Server.NewPageAsync();
        await page.GotoAsync("/places?name=Aleppo");
        var href = await page.Locator("[data-test=place-row]").First.GetAttributeAsync("href") ?? "";
        await page.Context.CloseAsync();
        return href[(href.IndexOf('=') + 1)..].Split('&')[0];
    }
}
