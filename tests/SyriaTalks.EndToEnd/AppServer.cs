using System.Net;
using Microsoft.Playwright;
using SyriaTalks.Data;
using SyriaTalks.Testing;

namespace SyriaTalks.EndToEnd;

/// <summary>
/// The real app as a separate process (<see cref="AppProcess"/>) on a free loopback port with its own temporary store,
/// and a headless Debian Chromium driven by Playwright. Shared by the browser tests of one collection; SQLite here,
/// PostgreSQL in <see cref="PostgreSqlAppServer"/>. The store starts with a reader, an editor and an admin
/// (<see cref="TestAccounts"/>); new pages are signed in as the editor unless asked otherwise.
/// </summary>
public class AppServer : IAsyncLifetime
{
    private AppProcess? app;
    private TestStore? store;

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("syriatalks-e2e-").FullName;

    /// <summary>The store the app runs on.</summary>
    public virtual StoreProvider Provider => StoreProvider.Sqlite;

    public Uri BaseUri => app?.BaseUri ?? throw new InvalidOperationException("The app is not started.");

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots are kept as test artifacts in artifacts/screenshots at the repository root.</summary>
    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "artifacts", "screenshots")).FullName;

    private readonly Dictionary<string, string> cookies = [];

    public async Task InitializeAsync()
    {
        store = new TestStore(Provider, DataFolder);
        await TestAccounts.CreateAsync(await store.MigrateAsync(), TestAccounts.OneOfEach);
        app = await AppProcess.StartAsync(DataFolder, store.Settings);

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A new page that fails the test on any script error in the browser, signed in as <paramref name="signedInAs"/> (none: signed out).</summary>
    public async Task<(IPage Page, List<string> Errors)> NewPageAsync(int width = 1280, int height = 900, string? signedInAs = TestAccounts.Editor)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, BaseURL = BaseUri.ToString() });
        if (signedInAs is not null)
        {
            await context.AddCookiesAsync([new Microsoft.Playwright.Cookie
            {
                Name = AuthCookie,
                Value = await SignInCookieAsync(signedInAs),
                Domain = BaseUri.Host,
                Path = "/",
                HttpOnly = true,
                SameSite = SameSiteAttribute.Lax,
            }]);
        }
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        page.Console += (_, m) => { if (m.Type == "error") { errors.Add(m.Text + " at " + m.Location); } };
        page.Response += (_, r) => { if (r.Status >= 400) { errors.Add($"HTTP {r.Status} for {r.Url}"); } };
        return (page, errors);
    }

    /// <summary>Waits until Blazor's circuit is live, so clicks are not lost on the prerendered page.</summary>
    public static Task WaitForCircuitAsync(IPage page) =>
        page.WaitForSelectorAsync("#circuit[data-interactive=yes]", new PageWaitForSelectorOptions { Timeout = 30_000, State = WaitForSelectorState.Attached });

    private const string AuthCookie = "SyriaTalks.Auth";

    /// <summary>The sign-in cookie of the account, from one sign-in through the form (antiforgery token and all).</summary>
    private async Task<string> SignInCookieAsync(string userName)
    {
        lock (cookies)
        {
            if (cookies.TryGetValue(userName, out var known))
            {
                return known;
            }
        }
        var jar = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false }) { BaseAddress = BaseUri };
        var form = await http.GetStringAsync("/account/signin");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        var response = await http.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["userName"] = userName,
            ["password"] = TestAccounts.Password,
        }));
        var cookie = jar.GetCookies(BaseUri)[AuthCookie]?.Value
            ?? throw new InvalidOperationException($"{userName} could not sign in: {(int)response.StatusCode} {response.Headers.Location}");
        lock (cookies)
        {
            cookies[userName] = cookie;
        }
        return cookie;
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public string Log() => app?.Log() ?? "";

    /// <summary>A context on the app's store, to set up or inspect what the pages show.</summary>
    public SyriaTalks.Data.SyriaTalksDbContext OpenStore() => store?.Open() ?? throw new InvalidOperationException("The app is not started.");

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        Playwright?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
        store?.Dispose();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } p ? p : "/usr/bin/chromium";
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"Chromium not found at {path}: run ./test.sh (it installs Debian's chromium) or set CHROMIUM_PATH.");
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppServer>
{
    public const string Name = "app";
}

/// <summary>The same app and browser on a PostgreSQL database of its own.</summary>
public sealed class PostgreSqlAppServer : AppServer
{
    public override StoreProvider Provider => StoreProvider.PostgreSql;
}

[CollectionDefinition(Name)]
public sealed class PostgreSqlAppCollection : ICollectionFixture<PostgreSqlAppServer>
{
    public const string Name = "app on PostgreSQL";
}
