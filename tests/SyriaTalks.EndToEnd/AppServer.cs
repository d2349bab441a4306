using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using SyriaTalks.Testing;

namespace SyriaTalks.EndToEnd;

/// <summary>
/// The real app as a separate process on a free loopback port with its own temporary database, and a headless
/// Debian Chromium driven by Playwright. Shared by the browser tests of one collection. The store starts with a
/// reader, an editor and an admin (<see cref="TestAccounts"/>); new pages are signed in as the editor unless asked otherwise.
/// </summary>
public sealed class AppServer : IAsyncLifetime
{
    private Process? process;
    private readonly List<string> output = [];

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("syriatalks-e2e-").FullName;

    public Uri BaseUri { get; private set; } = null!;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots are kept as test artifacts in artifacts/screenshots at the repository root.</summary>
    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "artifacts", "screenshots")).FullName;

    private readonly Dictionary<string, string> cookies = [];

    public async Task InitializeAsync()
    {
        var database = Path.Combine(DataFolder, "e2e.db");
        await TestAccounts.CreateInFileAsync($"Data Source={database};Pooling=False", TestAccounts.OneOfEach);
        var port = FreePort();
        BaseUri = new Uri($"http://127.0.0.1:{port}");
        var webDir = WebBuildOutput();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(webDir, "SyriaTalks.Web.dll"), "--urls", BaseUri.ToString()])
        {
            WorkingDirectory = webDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Storage__DataFolder"] = DataFolder;
        start.Environment["ConnectionStrings__Default"] = $"Data Source={database}";
        start.Environment["Seeds__Path"] = RepoPaths.Seeds;
        start.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(DataFolder, "logs", "e2e-.log");
        process = Process.Start(start) ?? throw new InvalidOperationException("The app did not start.");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.Add(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.Add(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilServingAsync();

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

    public string Log()
    {
        lock (output)
        {
            return string.Join('\n', output);
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        Playwright?.Dispose();
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process?.Dispose();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (DateTime.UtcNow < deadline)
        {
            if (process!.HasExited)
            {
                throw new InvalidOperationException("The app exited during start-up:\n" + Log());
            }
            try
            {
                if ((await http.GetAsync(new Uri(BaseUri, "/health"))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException("The app did not answer within 180 s:\n" + Log());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The web project's own build output, in the same configuration as these tests.</summary>
    private static string WebBuildOutput()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name; // bin/<Configuration>/net10.0/
        var dir = Path.Combine(RepoPaths.Root, "src", "SyriaTalks.Web", "bin", configuration, "net10.0");
        return File.Exists(Path.Combine(dir, "SyriaTalks.Web.dll"))
            ? dir
            : throw new InvalidOperationException($"Build the web project first: {dir} has no SyriaTalks.Web.dll.");
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
