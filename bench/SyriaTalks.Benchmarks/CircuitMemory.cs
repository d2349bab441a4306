using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace SyriaTalks.Benchmarks;

/// <summary>
/// <c>circuits [--count 100] [--quotes 50000]</c>: starts the real app (its Release build output, Development
/// environment, a copy of a big store) on a free loopback port, measures its memory, opens N Blazor circuits on the
/// timeline with headless Chromium pages, and measures again. Bounded in time; stops the app and the browser itself.
/// </summary>
public static class CircuitMemory
{
    public const double BudgetMegabytes = 1024;

    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static async Task<int> RunAsync(string[] args)
    {
        var count = Options.Int(args, "--count", 100);
        var quotes = Options.Int(args, "--quotes", 50_000);
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var webDir = WebBuildOutput();
        var store = BigStore.PathFor(quotes);
        if (!File.Exists(store))
        {
            Console.Error.WriteLine($"circuits: {store} is missing; run the 'store' command first.");
            return 1;
        }
        var folder = Directory.CreateTempSubdirectory("syriatalks-bench-circuits-").FullName;
        Process? app = null;
        try
        {
            // The app may migrate and writes its WAL beside the file: it gets a copy, the cache stays as built.
            var database = Path.Combine(folder, "store.db");
            File.Copy(store, database);
            var port = FreePort();
            var baseUri = new Uri($"http://127.0.0.1:{port}/");
            var start = new ProcessStartInfo("dotnet", [Path.Combine(webDir, "SyriaTalks.Web.dll"), "--urls", baseUri.ToString().TrimEnd('/')])
            {
                WorkingDirectory = webDir,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
            start.Environment["Storage__DataFolder"] = folder;
            start.Environment["ConnectionStrings__Default"] = Store.ConnectionString(database);
            start.Environment["Seeds__Enabled"] = "false";
            start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
            start.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(folder, "logs", "circuits-.log");
            app = Process.Start(start) ?? throw new InvalidOperationException("The app did not start.");
            app.OutputDataReceived += (_, _) => { };
            app.ErrorDataReceived += (_, _) => { };
            app.BeginOutputReadLine();
            app.BeginErrorReadLine();
            using var http = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) };
            await WaitUntilServingAsync(http, app, deadline.Token);

            // The page once before the baseline, so that code and caches the first visit loads are not counted per circuit.
            (await http.GetAsync("/", deadline.Token)).EnsureSuccessStatusCode();
            await Task.Delay(TimeSpan.FromSeconds(3), deadline.Token);
            var before = Memory.Of(app.Id);
            Console.WriteLine($"circuits: {Path.GetFileName(store)}, app pid {app.Id}; before: {before}");

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } p ? p : "/usr/bin/chromium",
                Headless = true,
                Args = ChromiumArgs,
            });
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUri.ToString() });
            var pages = new List<IPage>();
            var clock = Stopwatch.StartNew();
            var gate = new SemaphoreSlim(4);
            var opened = 0;
            await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
            {
                await gate.WaitAsync(deadline.Token);
                try
                {
                    var page = await context.NewPageAsync();
                    lock (pages)
                    {
                        pages.Add(page);
                    }
                    await page.GotoAsync("/", new PageGotoOptions { Timeout = 120_000 });
                    await page.WaitForSelectorAsync("#circuit[data-interactive=yes]", new PageWaitForSelectorOptions { Timeout = 120_000, State = WaitForSelectorState.Attached });
                    Interlocked.Increment(ref opened);
                }
                finally
                {
                    gate.Release();
                }
            }));
            Console.WriteLine($"circuits: {opened} circuits live after {clock.Elapsed.TotalSeconds:F0} s");
            await Task.Delay(TimeSpan.FromSeconds(10), deadline.Token);
            var after = Memory.Of(app.Id);
            var perCircuit = (after.WorkingSetMb - before.WorkingSetMb) / Math.Max(1, opened);
            Console.WriteLine($"circuits: after {opened} circuits: {after}");
            Console.WriteLine($"circuits: {perCircuit:F2} MB working set per circuit; {after.WorkingSetMb:F0} MB for the app with {opened} circuits; "
                + $"budget < {BudgetMegabytes:F0} MB: {(after.WorkingSetMb < BudgetMegabytes ? "met" : "MISSED")}");
            await context.CloseAsync();
            return opened == count ? 0 : 1;
        }
        finally
        {
            if (app is { HasExited: false })
            {
                app.Kill(entireProcessTree: true);
                await app.WaitForExitAsync();
            }
            app?.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>The web project's Release build output (built with this project by <c>dotnet run -c Release</c>).</summary>
    private static string WebBuildOutput()
    {
        foreach (var dir in new[] { Path.Combine(Corpus.RepoRoot, "src", "SyriaTalks.Web", "bin", "Release", "net10.0"), AppContext.BaseDirectory })
        {
            if (File.Exists(Path.Combine(dir, "SyriaTalks.Web.dll")) && File.Exists(Path.Combine(dir, "SyriaTalks.Web.runtimeconfig.json")))
            {
                return dir;
            }
        }
        throw new InvalidOperationException("Build the web project in Release first (dotnet build src/SyriaTalks.Web -c Release).");
    }

    private static async Task WaitUntilServingAsync(HttpClient http, Process app, CancellationToken ct)
    {
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            if (app.HasExited)
            {
                throw new InvalidOperationException("The app exited during start-up.");
            }
            try
            {
                if ((await http.GetAsync("/health", ct)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250, ct);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A process's memory from /proc: resident set (working set) and its anonymous part (heaps, not mapped files).</summary>
    private sealed record Memory(double WorkingSetMb, double AnonymousMb)
    {
        public static Memory Of(int pid)
        {
            double rss = 0, anon = 0;
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    rss = Kb(line) / 1024;
                }
                else if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
                {
                    anon = Kb(line) / 1024;
                }
            }
            return new Memory(rss, anon);
        }

        private static double Kb(string line) => double.Parse(line.Split(':')[1].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

        public override string ToString() => $"working set {WorkingSetMb:F0} MB (anonymous {AnonymousMb:F0} MB)";
    }
}
