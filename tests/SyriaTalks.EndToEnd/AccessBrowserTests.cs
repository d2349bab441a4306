using Microsoft.Playwright;
using SyriaTalks.Testing;

namespace SyriaTalks.EndToEnd;

/// <summary>Signing in through the real form in Chromium, uploading as an Editor, and what a signed-out browser can reach.</summary>
[Collection(AppCollection.Name)]
public sealed class AccessBrowserTests(AppServer app) : IDisposable
{
    private readonly string files = Directory.CreateTempSubdirectory("syriatalks-access-").FullName;

    public void Dispose() => Directory.Delete(files, recursive: true);

    [Fact]
    public async Task AnEditorSignsInThroughTheFormAndUploadsAnArticle()
    {
        var (page, errors) = await app.NewPageAsync(signedInAs: null);
        var path = Path.Combine(files, "round-900.html");
        await File.WriteAllBytesAsync(path, SampleArticles.PageBytes(900));

        await page.GotoAsync("/upload");
        await page.WaitForURLAsync(url => url.Contains("/account/signin", StringComparison.Ordinal));
        await page.Locator("#userName").FillAsync(TestAccounts.Editor);
        await page.Locator("#password").FillAsync(TestAccounts.Password);
        await AppServer.ScreenshotAsync(page, "signin");
        await page.Locator("[data-test=signin]").ClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/upload");
        await AppServer.WaitForCircuitAsync(page);
        Assert.Equal(TestAccounts.Editor, await page.Locator("[data-test=signed-in-as]").InnerTextAsync());
        await page.WaitForFunctionAsync("() => document.getElementById('upload-file')?._blazorInputFileNextFileId !== undefined");
        await page.SetInputFilesAsync("#upload-file", path);
        await page.Locator("[data-test=upload-item][data-state=ready]").WaitForAsync();
        await page.Locator("[data-test=save-all]").ClickAsync();
        var result = page.Locator("[data-test=item-result]");
        await result.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });

        Assert.StartsWith("Stored:", (await result.InnerTextAsync()).Trim());
        Assert.Equal(1, await result.Locator("[data-test=article-link]").CountAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ASignedOutBrowserCannotReachTheUploadForm()
    {
        var (page, errors) = await app.NewPageAsync(signedInAs: null);

        await page.GotoAsync("/upload");

        await page.WaitForURLAsync(url => url.Contains("/account/signin", StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator("#upload-file").CountAsync());
        Assert.Equal(1, await page.Locator("[data-test=signin-form]").CountAsync());
        await page.GotoAsync("/");
        await AppServer.WaitForCircuitAsync(page);
        await page.Locator("[data-test=event]").First.WaitForAsync();
        Assert.Equal(0, await page.Locator("a[href='/upload']").CountAsync());
        Assert.Equal(0, await page.Locator("[data-test=delete-event]").CountAsync());
        Assert.Equal(1, await page.Locator("[data-test=signin-link]").CountAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ASignedInEditorSignsOutAndLosesTheUploadForm()
    {
        var (page, errors) = await app.NewPageAsync();
        await page.GotoAsync("/upload");
        await AppServer.WaitForCircuitAsync(page);
        Assert.Equal(1, await page.Locator("#upload-file").CountAsync());

        await page.Locator("[data-test=signout-link]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/account/signout", StringComparison.Ordinal));
        await page.Locator("[data-test=signout]").ClickAsync();
        await page.Locator("[data-test=signed-out]").WaitForAsync();
        await page.GotoAsync("/upload");

        await page.WaitForURLAsync(url => url.Contains("/account/signin", StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator("#upload-file").CountAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task AnAdminSeesTheAccountsAndTheAuditTrailAndMakesAKeyShownOnce()
    {
        var (page, errors) = await app.NewPageAsync(signedInAs: TestAccounts.Admin);

        await page.GotoAsync("/account/keys");
        await AppServer.WaitForCircuitAsync(page);
        await page.Locator("input[data-test=key-name]").FillAsync("browser test");
        await page.Locator("[data-test=create-key]").ClickAsync();
        var key = await page.Locator("[data-test=new-key-value]").InnerTextAsync();
        Assert.StartsWith("stk_", key);
        await page.Locator("[data-test=keys]").WaitForAsync();
        await AppServer.ScreenshotAsync(page, "api-keys");

        await page.GotoAsync("/admin/users");
        await AppServer.WaitForCircuitAsync(page);
        await page.Locator("[data-test=user-name]").First.WaitForAsync();
        var names = await page.Locator("[data-test=user-name]").AllInnerTextsAsync();
        Assert.Contains(TestAccounts.Editor, names);
        await AppServer.ScreenshotAsync(page, "admin-users");

        await page.GotoAsync("/admin/audit");
        await AppServer.WaitForCircuitAsync(page);
        await page.Locator("[data-test=audit-what]", new PageLocatorOptions { HasText = "API key made" }).First.WaitForAsync();
        Assert.DoesNotContain(key, await page.Locator(".mud-main-content").InnerTextAsync());
        await AppServer.ScreenshotAsync(page, "admin-audit");
        Assert.Empty(errors);
    }
}
