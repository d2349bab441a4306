using System.Diagnostics;
using SyriaTalks.Ingestion.Pipeline;
using SyriaTalks.Ingestion.Reading;
using SyriaTalks.Ingestion.Storing;

namespace SyriaTalks.Benchmarks;

/// <summary>
/// <c>ingest [--runs N]</c>: the 2,225 BBC and 257 Reuters articles end to end (read, extract, store, one transaction
/// each, one after the other as the CLI's <c>ingest</c> does) into a fresh temporary SQLite file; articles/s per run.
/// </summary>
public static class IngestThroughput
{
    public const double BudgetArticlesPerSecond = 300;

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = Options.Int(args, "--runs", 3);
        var pages = Corpus.LoadBbc().Concat(Corpus.LoadReuters()).ToList();
        Console.WriteLine($"ingest: {pages.Count} articles (BBC {pages.Count(p => p.Set == Corpus.Bbc)}, Reuters {pages.Count(p => p.Set == Corpus.Reuters)}), {runs} runs after a warm-up");

        // The first articles pay for JIT and for loading the engine's word lists and gazetteer.
        await RunOnceAsync(pages.Take(300).ToList(), null);
        var efLog = Options.Flag(args, "--ef-log") ? new EventCounter() : null;

        var results = new List<Run>();
        for (var i = 0; i < runs; i++)
        {
            var run = await RunOnceAsync(pages, efLog);
            results.Add(run);
            Console.WriteLine($"  run {i + 1}: {run.ArticlesPerSecond,7:F1} articles/s  ({run.Elapsed.TotalSeconds:F1} s, CPU {run.CpuSeconds:F1} s = {run.CpuSeconds * 1000 / pages.Count:F2} ms per article: extract {run.ExtractCpu / pages.Count:F2} ms, store {run.StoreCpu / pages.Count:F2} ms; wall extract {run.ExtractMs.Median():F2} ms, store {run.StoreMs.Median():F2} ms median per article; "
                + $"{run.Created} stored, {run.Duplicates} duplicates, {run.Failed} unreadable, {run.Crashed.Count} crashed; {run.DatabaseBytes / 1048576.0:F1} MB; {run.Jitted} methods jitted in {run.JitSeconds:F1} s)");
            foreach (var crash in run.Crashed.Take(10))
            {
                Console.WriteLine($"    CRASH {crash}");
            }
        }
        if (efLog is not null)
        {
            Console.WriteLine("EF Core events: " + string.Join(", ", efLog.Counts.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value}")));
        }
        var rates = results.Select(r => r.ArticlesPerSecond).ToList();
        var median = rates.Median();
        Console.WriteLine($"ingest: median {median:F1} articles/s (min {rates.Min():F1}, max {rates.Max():F1}); "
            + $"per article median extract {results.SelectMany(r => r.ExtractMs).Median():F2} ms (p90 {results.SelectMany(r => r.ExtractMs).Percentile(0.9):F2}), "
            + $"store {results.SelectMany(r => r.StoreMs).Median():F2} ms (p90 {results.SelectMany(r => r.StoreMs).Percentile(0.9):F2}); "
            + $"budget >= {BudgetArticlesPerSecond} articles/s: {(median >= BudgetArticlesPerSecond ? "met" : "MISSED")}");
        return 0;
    }

    private static async Task<Run> RunOnceAsync(IReadOnlyList<CorpusPage> pages, EventCounter? efLog)
    {
        var folder = Directory.CreateTempSubdirectory("syriatalks-bench-ingest-").FullName;
        try
        {
            var path = Path.Combine(folder, "ingest.db");
            var run = new Run();
            await using (var store = await Store.OpenAsync(path, efLog))
            {
                var pipeline = store.Get<ExtractionPipeline>();
                var ingestor = store.Get<ArticleIngestor>();
                var process = Process.GetCurrentProcess();
                var jitCount = System.Runtime.JitInfo.GetCompiledMethodCount();
                var jitTime = System.Runtime.JitInfo.GetCompilationTime();
                var cpuStart = process.TotalProcessorTime;
                var total = Stopwatch.StartNew();
                var step = new Stopwatch();
                foreach (var page in pages)
                {
                    try
                    {
                        // IngestAsync is exactly these two calls; making them apart tells the engine's share from the store's.
                        var cpu0 = process.TotalProcessorTime;
                        step.Restart();
                        var extracted = pipeline.Run(page.ToSource());
                        run.ExtractMs.Add(step.Elapsed.TotalMilliseconds);
                        process.Refresh();
                        var cpu1 = process.TotalProcessorTime;
                        step.Restart();
                        var result = await ingestor.StoreAsync(extracted, page.FileName);
                        run.StoreMs.Add(step.Elapsed.TotalMilliseconds);
                        process.Refresh();
                        run.ExtractCpu += (cpu1 - cpu0).TotalMilliseconds;
                        run.StoreCpu += (process.TotalProcessorTime - cpu1).TotalMilliseconds;
                        if (result.Status == IngestStatus.Duplicate)
                        {
                            run.Duplicates++;
                        }
                        else
                        {
                            run.Created++;
                        }
                    }
                    catch (ArticleReadException)
                    {
                        run.Failed++;
                    }
                    catch (Exception ex) when (ex is not OutOfMemoryException)
                    {
                        // An engine or store crash is a finding to report, not a reason to lose the run.
                        run.Crashed.Add($"{page.Set}/{page.Id}: {ex.GetType().Name}: {ex.Message}");
                    }
                }
                run.Elapsed = total.Elapsed;
                process.Refresh();
                run.CpuSeconds = (process.TotalProcessorTime - cpuStart).TotalSeconds;
                run.Jitted = System.Runtime.JitInfo.GetCompiledMethodCount() - jitCount;
                run.JitSeconds = (System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalSeconds;
                run.ArticlesPerSecond = pages.Count / total.Elapsed.TotalSeconds;
            }
            run.DatabaseBytes = Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length);
            return run;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class Run
    {
        public List<double> ExtractMs { get; } = [];
        public List<double> StoreMs { get; } = [];
        public int Created { get; set; }
        public int Duplicates { get; set; }
        public int Failed { get; set; }
        public List<string> Crashed { get; } = [];
        public TimeSpan Elapsed { get; set; }
        public double ArticlesPerSecond { get; set; }
        public double CpuSeconds { get; set; }
        public long Jitted { get; set; }
        public double JitSeconds { get; set; }
        public double ExtractCpu { get; set; }
        public double StoreCpu { get; set; }
        public long DatabaseBytes { get; set; }
    }
}
