using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SyriaTalks.Data;
using SyriaTalks.Ingestion;
using SyriaTalks.Ingestion.Pipeline;
using SyriaTalks.Ingestion.Reading;
using SyriaTalks.Cli.Commands;
using SyriaTalks.Ingestion.Startup;
using SyriaTalks.Ingestion.Storing;

namespace SyriaTalks.Cli.Ingest;

/// <summary>
/// <c>ingest PATH... [--db FILE] [--published D]</c>: stores articles in the app's database in batches, each article
/// all or nothing within its batch, so an interrupted run leaves only whole articles and a rerun adds only what is missing.
/// A file that cannot be read, that the store refuses or on which the engine fails is reported and skipped; the others
/// are stored.
/// </summary>
public static class IngestCommand
{
    private const long DefaultMaxBytes = 5 * 1024 * 1024;

    /// <param name="configureServices">Changes to the command's services after its own: tests put an engine that fails in the real container through it.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IConfiguration? configuration = null, bool interactive = false,
        Action<IServiceCollection>? configureServices = null)
    {
        string? db = null;
        DateOnly? published = null;
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--db" when i + 1 < args.Length:
                    db = args[++i];
                    break;
                case "--published" when i + 1 < args.Length:
                    if (!DateOnly.TryParseExact(args[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    {
                        stderr.WriteLine($"--published: '{args[i]}' is not a date of the form YYYY-MM-DD.");
                        return 2;
                    }
                    published = d;
                    break;
                case var a when a.StartsWith("--", StringComparison.Ordinal):
                    stderr.WriteLine($"Unknown or incomplete option '{a}'.");
                    return 2;
                default:
                    paths.Add(args[i]);
                    break;
            }
        }
        if (paths.Count == 0)
        {
            stderr.WriteLine("ingest: give at least one file or folder.");
            return 2;
        }
        var missing = paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
        if (missing is not null)
        {
            stderr.WriteLine($"{missing}: no such file or folder.");
            return 2;
        }
        var entries = paths.SelectMany(IngestSources.Find).DistinctBy(e => Path.GetFullPath(e.Path)).ToList();
        if (entries.Count == 0)
        {
            stderr.WriteLine("ingest: no .html, .htm or .txt article found in the given paths.");
            return 2;
        }

        configuration ??= new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var dataFolder = Path.GetFullPath(configuration["Storage:DataFolder"] is { Length: > 0 } f ? f : "data");
        if (db is not null)
        {
            // --db wins over the app's configuration, as for any command-line option.
            configuration = new ConfigurationBuilder().AddConfiguration(configuration)
                .AddInMemoryCollection([
                    new("Database:Provider", nameof(StoreProvider.Sqlite)),
                    new("ConnectionStrings:Default", new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(db) }.ToString()),
                ])
                .Build();
        }
        var maxBytes = long.TryParse(configuration["Upload:MaxBytes"], out var m) && m > 0 ? m : DefaultMaxBytes;
        var maxChars = int.TryParse(configuration["Upload:MaxTextChars"], out var mc) && mc > 0 ? mc : ArticleSizeGuard.DefaultMaxTextChars;

        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddConfiguration(configuration).SetMinimumLevel(LogLevel.Warning))
            .AddSyriaTalksIngestion(configuration, dataFolder, initializeDatabase: false)
            .Configure<SeedOptions>(seeds => seeds.Enabled = false)
            .AddSingleton<DatabaseInitializer>();
        configureServices?.Invoke(services);
        await using var provider = services.BuildServiceProvider();
        var store = StoreOptions.Provider(configuration);
        var where = StoreOptions.Describe(store, StoreOptions.ConnectionString(configuration, store, dataFolder));
        stderr.WriteLine($"ingest: {entries.Count} {(entries.Count == 1 ? "file" : "files")} into {where}");

        // The app's own start-up: migrations and WAL, never the seeds.
        await provider.GetRequiredService<DatabaseInitializer>().StartAsync(CancellationToken.None);
        var ingestor = provider.GetRequiredService<ArticleIngestor>();
        var pipeline = provider.GetRequiredService<ExtractionPipeline>();

        var counts = new Dictionary<string, int>();
        var crashes = 0;
        var progress = new ProgressLine(stderr, entries.Count, interactive);
        var order = entries.Select((e, i) => (Entry: e, Index: i)).ToList();
        progress.Show(0, entries[0].Path);
        // Extraction of the next files runs beside the store's writing of the previous ones, in batches of articles
        // that are each still all or nothing (BulkIngestion, ArticleIngestor.StoreBatchAsync).
        await BulkIngestion.RunAsync(
            ingestor,
            order,
            item =>
            {
                var length = new FileInfo(item.Entry.Path).Length;
                if (length > maxBytes)
                {
                    throw new ArticleReadException($"the file is {length / (1024.0 * 1024):0.0} MB; the limit is {maxBytes / (1024.0 * 1024):0.#} MB.");
                }
                var source = item.Entry.ToSource(published);
                return pipeline.Run(source, read => ArticleSizeGuard.Check(read, maxChars));
            },
            item => Path.GetFileName(item.Entry.Path),
            (item, outcome) =>
            {
                string status;
                string detail;
                if (outcome.Result is { } result)
                {
                    status = result.Status.ToString().ToLowerInvariant();
                    detail = $"article {result.ArticleId}: {result.Quotes} quotes, {result.Events} events, {result.Actors} actors, {result.Places} places";
                }
                else if (outcome.ReadError is { } readError && Crash.IsBadInput(readError))
                {
                    status = "failed";
                    detail = readError.Message;
                }
                else if (outcome.StoreError is { } storeError)
                {
                    // The article was rolled back alone; the rest of its batch is stored.
                    status = "failed";
                    detail = "not stored: " + storeError.Message;
                }
                else
                {
                    // A crash of the reader or the engine is a bug, but one file's: with 2,000 files to go, that file
                    // fails loudly (before anything of it reached the store) and the others are still stored.
                    status = "failed";
                    detail = EngineFailure(outcome.ReadError!);
                    crashes++;
                }
                counts[status] = counts.GetValueOrDefault(status) + 1;
                progress.Clear();
                (status == "failed" ? stderr : stdout).WriteLine($"[{item.Index + 1}/{entries.Count}] {status,-9} {item.Entry.Path}: {detail}");
                (status == "failed" ? stderr : stdout).Flush();
                if (item.Index + 1 < entries.Count)
                {
                    progress.Show(item.Index + 1, entries[item.Index + 1].Path);
                }
                return ValueTask.CompletedTask;
            });
        progress.Clear();
        var failed = counts.GetValueOrDefault("failed");
        stdout.WriteLine($"ingest: {entries.Count} files: {counts.GetValueOrDefault("created")} stored, {counts.GetValueOrDefault("duplicate")} already stored, "
            + $"{counts.GetValueOrDefault("updated")} updated, {failed} failed"
            + (crashes == 0 ? "." : $" ({crashes} of them by an error in SyriaTalks itself: please report {(crashes == 1 ? "that file" : "those files")})."));
        return failed == 0 ? 0 : 1;
    }

    /// <summary>One line on an unexpected exception: what and where, enough to report it, without the whole stack.</summary>
    private static string EngineFailure(Exception error) =>
        $"the analysis failed ({Crash.Describe(error)}); nothing of this file was stored.";

    /// <summary>A one-line progress bar on a terminal; nothing when the output is a file or a pipe (each result line says where it is).</summary>
    private sealed class ProgressLine(TextWriter writer, int total, bool interactive)
    {
        private const int Width = 30;

        public void Show(int done, string current)
        {
            if (!interactive)
            {
                return;
            }
            var filled = total == 0 ? Width : done * Width / total;
            var name = Path.GetFileName(current);
            if (name.Length > 40)
            {
                name = name[..39] + "…";
            }
            writer.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total} {name}\u001b[K");
            writer.Flush();
        }

        public void Clear()
        {
            if (interactive)
            {
                writer.Write("\r\u001b[K");
            }
        }
    }
}
