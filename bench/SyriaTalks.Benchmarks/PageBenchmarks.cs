using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyriaTalks.Data;
using SyriaTalks.Web.Features.Actors;
using SyriaTalks.Web.Features.Quotes;
using SyriaTalks.Web.Features.Timeline;

namespace SyriaTalks.Benchmarks;

/// <summary>
/// Server time of the pages on the big stores: the full prerendered page through the real app in process
/// (<see cref="WebApplicationFactory{TEntryPoint}"/>, so no network in the figure), and the services' queries alone.
/// </summary>
[MemoryDiagnoser]
public class PageBenchmarks
{
    private WebApplicationFactory<Program> app = null!;
    private HttpClient http = null!;
    private string dataFolder = "";
    private QuotesService quotes = null!;
    private TimelineService timeline = null!;
    private ActorsService actors = null!;
    private string speaker = "";
    private int speakerId;
    private int articleId;

    [Params(10_000, 50_000, 100_000)]
    public int Quotes { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        var path = BigStore.PathFor(Quotes);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} is missing: run the 'store' command first.");
        }
        dataFolder = Directory.CreateTempSubdirectory("syriatalks-bench-pages-").FullName;
        // WebApplicationFactory looks for the solution above the program; a copied build output has none above it.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SYRIATALKS_WEB", Path.Combine(Corpus.RepoRoot, "src", "SyriaTalks.Web"));
        app = new BenchApp(path, dataFolder);
        http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        quotes = app.Services.GetRequiredService<QuotesService>();
        timeline = app.Services.GetRequiredService<TimelineService>();
        actors = app.Services.GetRequiredService<ActorsService>();

        // The most quoted speaker: the longest filtered list, the worst case for the speaker filter.
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SyriaTalksDbContext>>().CreateDbContextAsync();
        speakerId = (await db.Quotes.Where(q => q.SpeakerId != null).GroupBy(q => q.SpeakerId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync())!.Value;
        speaker = await db.Actors.Where(a => a.Id == speakerId).Select(a => a.Name).FirstAsync();
        articleId = await db.Articles.OrderByDescending(a => db.Quotes.Count(q => q.ArticleId == a.Id)).Select(a => a.Id).FirstAsync();
        Console.WriteLine($"// pages: {Path.GetFileName(path)}, speaker '{speaker}', article {articleId}");
        // The app's start-up (migrations, WAL) has run once the first request is answered.
        (await http.GetAsync("/health")).EnsureSuccessStatusCode();
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        http.Dispose();
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(dataFolder, recursive: true);
    }

    [Benchmark(Description = "GET /quotes?speaker=")]
    public Task<int> QuotesPageBySpeaker() => GetAsync("/quotes?speaker=" + Uri.EscapeDataString(speaker));

    [Benchmark(Description = "GET /quotes")]
    public Task<int> QuotesPage() => GetAsync("/quotes");

    [Benchmark(Description = "GET / (timeline)")]
    public Task<int> TimelinePage() => GetAsync("/");

    [Benchmark(Description = "GET /?actor= (actor's timeline)")]
    public Task<int> ActorTimelinePage() => GetAsync("/?actor=" + Uri.EscapeDataString(speaker));

    [Benchmark(Description = "GET /actors/{id}")]
    public Task<int> ActorPage() => GetAsync($"/actors/{speakerId}");

    [Benchmark(Description = "GET /articles/{id}")]
    public Task<int> ArticlePage() => GetAsync($"/articles/{articleId}");

    [Benchmark(Description = "QuotesService.SearchAsync(speaker)")]
    public async Task<int> QuotesBySpeakerQuery() => (await quotes.SearchAsync(new QuoteQuery(speaker))).Total;

    [Benchmark(Description = "QuotesService.SearchAsync(no filter)")]
    public async Task<int> QuotesQuery() => (await quotes.SearchAsync(new QuoteQuery())).Total;

    [Benchmark(Description = "QuotesService.SuggestSpeakersAsync")]
    public async Task<int> SpeakersQuery() => (await quotes.SuggestSpeakersAsync(null)).Count;

    [Benchmark(Description = "TimelineService.GetAsync first page")]
    public async Task<int> TimelineQuery() => (await timeline.GetAsync(new TimelineFilter())).Days.Count;

    [Benchmark(Description = "ActorsService.GetAsync")]
    public async Task<int> ActorQuery() => (await actors.GetAsync(speakerId))?.Quotes.Count ?? 0;

    /// <summary>Every request above by name, for <see cref="PageTimes"/>.</summary>
    public IEnumerable<(string Name, Func<Task<int>> Request)> Requests() =>
    [
        ("GET /quotes?speaker=", QuotesPageBySpeaker),
        ("GET /quotes", QuotesPage),
        ("GET / (timeline)", TimelinePage),
        ("GET /?actor= (actor's timeline)", ActorTimelinePage),
        ("GET /actors/{id}", ActorPage),
        ("GET /articles/{id}", ArticlePage),
        ("QuotesService.SearchAsync(speaker)", QuotesBySpeakerQuery),
        ("QuotesService.SearchAsync(no filter)", QuotesQuery),
        ("QuotesService.SuggestSpeakersAsync", SpeakersQuery),
        ("TimelineService.GetAsync first page", TimelineQuery),
        ("ActorsService.GetAsync", ActorQuery),
    ];

    private async Task<int> GetAsync(string url)
    {
        using var response = await http.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsStringAsync()).Length;
    }

    /// <summary>The real app on a big store; logging at Warning so that the log does not drown the figures.</summary>
    private sealed class BenchApp(string database, string dataFolder) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Storage:DataFolder", dataFolder);
            builder.UseSetting("ConnectionStrings:Default", Store.ConnectionString(database));
            builder.UseSetting("Seeds:Enabled", "false");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(dataFolder, "logs", "bench-.log"));
            if (Environment.GetEnvironmentVariable("SYRIATALKS_BENCH_SQL") is { Length: > 0 })
            {
                // The SQL of every request, to read a query plan from (SYRIATALKS_BENCH_SQL=1).
                builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Database.Command", "Information");
            }
        }
    }
}
