using Microsoft.Playwright;

namespace SyriaTalks.EndToEnd;

[Collection(AppCollection.Name)]
public sealed class SeededAppBrowserTests(AppServer app)
{
    [Fact]
    public async Task TheTimelineShowsTheSeedArticlesEvents()
    {
        var (page, errors) = await app.NewPageAsync();

        await page.GotoAsync("/");
        await AppServer.WaitForCircuitAsync(page);

        var events = page.Locator("[data-test=event]");
        await events.First.WaitForAsync();
        Assert.True(await events.CountAsync() >= 2, "the seed has several dated events");
        Assert.Contains("Aleppo", await page.Locator(".mud-main-content").InnerTextAsync());
        await AppServer.ScreenshotAsync(page, "timeline");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task FilteringQuotesBySpeakerKeepsOnlyThatSpeakersQuotes()
    {
        var (page, errors) = await app.NewPageAsync();
        await page.GotoAsync("/quotes");
        await AppServer.WaitForCircuitAsync(page);
        var rows = page.Locator("[data-test=quote-text]");
        await rows.First.WaitForAsync();
        var before = await rows.CountAsync();
        Assert.True(before >= 4, $"the seed has quotes from several speakers, saw {before}");

        var input = page.Locator("input[data-test=speaker-filter]");
        await input.ClickAsync();
        await input.FillAsync("Kodm");
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = "Basma Kodmani" }).First.ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("speaker=Basma", StringComparison.Ordinal));
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('[data-test=quote-text]').length < {before}");
        var speakers = await page.Locator("[data-test=quote-speaker]").AllInnerTextsAsync();
        Assert.NotEmpty(speakers);
        Assert.All(speakers, s => Assert.Contains("Basma Kodmani", s));
        await AppServer.ScreenshotAsync(page, "quotes-by-speaker");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task AQuotesLinkWithASpeakerOpensTheFilteredList()
    {
        var (page, errors) = await app.NewPageAsync();

        await page.GotoAsync("/quotes?speaker=Staffan%20de%20Mistura");
        await AppServer.WaitForCircuitAsync(page);
        await page.Locator("[data-test=quote-text]").First.WaitForAsync();

        var speakers = await page.Locator("[data-test=quote-speaker]").AllInnerTextsAsync();
        Assert.NotEmpty(speakers);
        Assert.All(speakers, s => Assert.Contains("Staffan de Mistura", s));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task TheArticlePageMarksTheQuotesInTheText()
    {
        var (page, errors) = await app.NewPageAsync(390, 844);

        await page.GotoAsync("/articles/1");
        await AppServer.WaitForCircuitAsync(page);
        await page.Locator("mark.quote").First.WaitForAsync();

        Assert.True(await page.Locator("mark.quote").CountAsync() >= 4);
        await AppServer.ScreenshotAsync(page, "article-phone");
        Assert.Empty(errors);
    }
}
