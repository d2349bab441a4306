using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SyriaTalks.Data;
using SyriaTalks.Ingestion.Pipeline;
using SyriaTalks.Ingestion.Reading;
using SyriaTalks.Ingestion.Storing;

namespace SyriaTalks.Benchmarks;

/// <summary>What a cached store holds, written beside it.</summary>
public sealed record StoreFacts(int Target, int Articles, int Quotes, int Events, int Actors, int Places, int Passes, double BuildSeconds, long Bytes, DateTimeOffset Built);

/// <summary>
/// The big stores of the page benchmarks, built only through the real ingestion (the bulk path of the CLI's
/// <c>ingest</c>): BBC and Reuters ingested again and again, each pass with a marker line added to every text (so the content hashes differ) and the publication dates
/// shifted by a quarter, until the store holds 10k, 50k and 100k quotes; a copy is taken at each size.
/// Cached under bench/.data (git-ignored); <c>store --rebuild</c> builds them again.
/// </summary>
public static class BigStore
{
    public static readonly int[] Targets = [10_000, 50_000, 100_000];

    private const int Chunk = 200;

    public static string Folder => Path.Combine(Corpus.RepoRoot, "bench", ".data");

    public static string PathFor(int target) => Path.Combine(Folder, $"store-{target / 1000}k.db");

    public static StoreFacts? Facts(int target)
    {
        var meta = Path.ChangeExtension(PathFor(target), ".json");
        return File.Exists(meta) && File.Exists(PathFor(target)) ? JsonSerializer.Deserialize<StoreFacts>(File.ReadAllText(meta)) : null;
    }

    public static async Task<int> BuildAllAsync(string[] args)
    {
        var rebuild = Options.Flag(args, "--rebuild");
        if (!rebuild && Targets.All(t => Facts(t) is not null))
        {
            foreach (var t in Targets)
            {
                Console.WriteLine($"store: cached {Describe(Facts(t)!)}");
            }
            return 0;
        }
        Directory.CreateDirectory(Folder);
        var working = Path.Combine(Folder, "building.db");
        foreach (var f in Directory.EnumerateFiles(Folder, "building.db*"))
        {
            File.Delete(f);
        }

        var pages = Corpus.LoadBbc().Concat(Corpus.LoadReuters()).ToList();
        var clock = Stopwatch.StartNew();
        var pending = new Queue<int>(Targets);
        await using (var store = await Store.OpenAsync(working))
        {
            var ingestor = store.Get<ArticleIngestor>();
            var pipeline = store.Get<ExtractionPipeline>();
            var dbFactory = store.Get<IDbContextFactory<SyriaTalksDbContext>>();
            for (var pass = 0; pending.Count > 0; pass++)
            {
                foreach (var chunk in pages.Chunk(Chunk))
                {
                    // The CLI's ingest path: extraction on its own task beside batched writes. One run per chunk, so that
                    // the store holds whole chunks when its size is checked below, as when articles went in one by one.
                    var copies = chunk.Select(page => (Page: page, Copy: Copy(page, pass)));
                    await BulkIngestion.RunAsync(ingestor, copies, c => pipeline.Run(c.Copy.ToSource()), c => c.Copy.FileName, (c, outcome) =>
                    {
                        if ((outcome.ReadError ?? outcome.StoreError) is { } error and not ArticleReadException)
                        {
                            Console.WriteLine($"store: CRASH on {c.Page.Set}/{c.Page.Id} (pass {pass}): {error.GetType().Name}: {error.Message}");
                        }
                        return ValueTask.CompletedTask;
                    });
                    await using var db = await dbFactory.CreateDbContextAsync();
                    var quotes = await db.Quotes.CountAsync();
                    while (pending.Count > 0 && quotes >= pending.Peek())
                    {
                        var target = pending.Dequeue();
                        var facts = await SnapshotAsync(db, working, target, pass + 1, clock.Elapsed.TotalSeconds);
                        Console.WriteLine($"store: built {Describe(facts)}");
                    }
                    if (pending.Count == 0)
                    {
                        break;
                    }
                }
                Console.WriteLine($"store: pass {pass + 1} done after {clock.Elapsed.TotalSeconds:F0} s");
            }
        }
        foreach (var f in Directory.EnumerateFiles(Folder, "building.db*"))
        {
            File.Delete(f);
        }
        return 0;
    }

    /// <summary>Pass 0 is the page itself; later passes add a marker line and move the date on by 91 days a pass.</summary>
    public static CorpusPage Copy(CorpusPage page, int pass)
    {
        if (pass == 0)
        {
            return page;
        }
        var marker = page.FileName.EndsWith(".html", StringComparison.Ordinal)
            ? $"\n<p>Archive copy {pass} of this report.</p>\n"
            : $"\n\nArchive copy {pass} of this report.\n";
        return page with
        {
            Content = [.. page.Content, .. Encoding.UTF8.GetBytes(marker)],
            Published = page.Published?.AddDays(91 * pass),
        };
    }

    private static async Task<StoreFacts> SnapshotAsync(SyriaTalksDbContext db, string working, int target, int passes, double seconds)
    {
        var path = PathFor(target);
        foreach (var f in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            File.Delete(f);
        }
        // A consistent, compact copy of the live store, with its indexes, in one statement.
        await using (var connection = new SqliteConnection(Store.ConnectionString(working)))
        {
            await connection.OpenAsync();
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "VACUUM INTO $path";
            cmd.Parameters.AddWithValue("$path", path);
            await cmd.ExecuteNonQueryAsync();
        }
        var facts = new StoreFacts(target,
            await db.Articles.CountAsync(), await db.Quotes.CountAsync(), await db.Events.CountAsync(),
            await db.Actors.CountAsync(), await db.Places.CountAsync(), passes, seconds, new FileInfo(path).Length, DateTimeOffset.UtcNow);
        await File.WriteAllTextAsync(Path.ChangeExtension(path, ".json"), JsonSerializer.Serialize(facts, new JsonSerializerOptions { WriteIndented = true }));
        return facts;
    }

    private static string Describe(StoreFacts f) =>
        $"{Path.GetFileName(PathFor(f.Target))}: {f.Articles:N0} articles, {f.Quotes:N0} quotes, {f.Events:N0} events, {f.Actors:N0} actors, {f.Places:N0} places, "
        + $"{f.Bytes / 1048576.0:F0} MB ({f.Passes} passes, {f.BuildSeconds:F0} s)";
}
