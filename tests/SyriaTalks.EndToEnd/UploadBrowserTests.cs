using Microsoft.Playwright;
using SyriaTalks.Testing;

namespace SyriaTalks.EndToEnd;

/// <summary>Uploads through the real form in Chromium, under the app's Content-Security-Policy.</summary>
[Collection(AppCollection.Name)]
public sealed class UploadBrowserTests(AppServer app) : IDisposable
{
    private readonly string files = Directory.CreateTempSubdirectory("syriatalks-upload-").FullName;

    public void Dispose() => Directory.Delete(files, recursive: true);

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(files, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>A page that records every CSP violation the browser reports, before any script of the app runs.</summary>
    private async Task<(IPage Page, List<string> Errors)> WatchedPageAsync()
    {
        var (page, errors) = await app.NewPageAsync();
        page.Console += (_, m) => { if (m.Type == "error") { errors.Add($"(at {m.Location})"); } };
        await page.Context.AddInitScriptAsync("""
            window.__csp = [];
            document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
            """);
        return (page, errors);
    }

    /// <summary>Opens the upload form and waits until Blazor's file input listens for files, so none is chosen too early.</summary>
    private static async Task OpenUploadAsync(IPage page)
    {
        await page.GotoAsync("/upload");
        await AppServer.WaitForCircuitAsync(page);
        await page.WaitForFunctionAsync("() => document.getElementById('upload-file')?._blazorInputFileNextFileId !== undefined");
    }

    private static async Task AssertNoCspViolationAsync(IPage page) =>
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__csp"));

    [Fact]
    public async Task APageCarryingScriptIframesAndHandlersIsShownAsTextAndRunsNothing()
    {
        var (page, errors) = await WatchedPageAsync();
        var path = Write("payload.html", SampleArticles.PageBytes(500, extraBody: SampleArticles.ScriptPayload));
        await OpenUploadAsync(page);

        await page.SetInputFilesAsync("#upload-file", path);
        await page.Locator("[data-test=upload-item][data-state=ready]").WaitForAsync();
        await page.Locator("[data-test=save-all]").ClickAsync();
        await page.Locator("[data-test=item-result]").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        await page.Locator("[data-test=item-result] [data-test=article-link]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/articles/", StringComparison.Ordinal));
        await AppServer.WaitForCircuitAsync(page);
        await page.WaitForFunctionAsync("() => document.querySelector('.mud-main-content').innerText.includes(\"window.__pwned = 'text'\")");

        Assert.Contains("<script>window.__pwned = 'text'</script>", await page.Locator(".mud-main-content").InnerTextAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"), "a script from the article ran");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('iframe, .mud-main-content script, img[onerror], [onclick], [onmouseover], a[href^=\"javascript:\"]').length"));
        await page.Locator(".mud-main-content").HoverAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"));
        await AppServer.ScreenshotAsync(page, "article-with-payload");
        await AssertNoCspViolationAsync(page);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task SeveralFilesAtOnceEachGetTheirOwnResultOrError()
    {
        var (page, errors) = await WatchedPageAsync();
        string[] paths =
        [
            Write("geneva.html", SampleArticles.PageBytes(501)),
            Write("scan.html", SampleArticles.Pdf),
            Write("statement.txt", SampleArticles.TextBytes(502)),
        ];
        await OpenUploadAsync(page);

        await page.SetInputFilesAsync("#upload-file", paths);
        try
        {
            await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-test=upload-item]')].filter(i => i.dataset.state !== 'reading').length === 3");
        }
        catch (TimeoutException)
        {
            await AppServer.ScreenshotAsync(page, "upload-stuck");
            throw new TimeoutException(await page.Locator(".mud-main-content").InnerTextAsync() + "\n" + app.Log());
        }
        var states = await page.Locator("[data-test=upload-item]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.state)");
        Assert.Equal(["ready", "failed", "needsdate"], states);
        var undated = page.Locator("[data-test=upload-item][data-state=needsdate]");
        var date = undated.Locator("input").First;
        await date.FillAsync("2016-02-04");
        await date.PressAsync("Tab");
        await page.Locator("[data-test=upload-item][data-state=ready]").Nth(1).WaitForAsync();
        await page.Locator("[data-test=save-all]").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-test=item-result]').length === 2", null, new PageWaitForFunctionOptions { Timeout = 60_000 });

        var error = await page.Locator("[data-test=item-error]").InnerTextAsync();
        Assert.Contains("scan.html", error);
        Assert.Contains("PDF", error);
        Assert.Contains("2 stored, 1 refused", await page.Locator("[data-test=summary]").InnerTextAsync());
        await AppServer.ScreenshotAsync(page, "upload-results");
        await AssertNoCspViolationAsync(page);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task EveryPageWorksUnderTheContentSecurityPolicyWithoutAViolation()
    {
        var (page, errors) = await WatchedPageAsync();

        foreach (var path in new[] { "/", "/quotes", "/articles", "/articles/1", "/upload" })
        {
            var response = await page.GotoAsync(path);
            Assert.Contains("frame-ancestors 'none'", (await response!.AllHeadersAsync())["content-security-policy"]);
            await AppServer.WaitForCircuitAsync(page);
            await AssertNoCspViolationAsync(page);
        }
        await page.Locator(".mud-tab", new PageLocatorOptions { HasText = "Paste text" }).ClickAsync();
        await page.Locator("textarea[data-test=paste-text]").WaitForAsync();

        await AssertNoCspViolationAsync(page);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
