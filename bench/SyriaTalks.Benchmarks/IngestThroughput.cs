using System.Diagnostics;
using System.Runtime.InteropServices;
using SyriaTalks.Ingestion.Pipeline;
using SyriaTalks.Ingestion.Reading;
using SyriaTalks.Ingestion.Storing;

namespace SyriaTalks.Benchmarks;

/// <summary>
/// <c>ingest [--runs N] [--mode bulk|serial|single] [--batch N] [--ef-log]</c>: the 2,225 BBC and 257 Reuters articles
/// end to end (read, extract, store) into a fresh temporary SQLite file; articles/s per run. <c>bulk</c> (the default)
/// is the CLI's <c>ingest</c>: <see cref="BulkIngestion"/>, extraction of the next articles beside the storing of a
/// batch. <c>serial</c> extracts a batch, then stores it, so the CPU split between engine and store is exact.
/// <c>single</c> is the path before batches: one article per transaction, one after the other.
/// </summary>
public static class IngestThroughput
{
    public const double BudgetArticlesPerSecond = 300;

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = Options.Int(args, "--runs", 3);
        var mode = Options.Text(args, "--mode") ?? "bulk";
        var batchSize = Options.Int(args, "--batch", BulkIngestion.DefaultBatchSize);
        if (mode is not ("bulk" or "serial" or "single"))
        {
            Console.Error.WriteLine($"ingest: --mode is bulk, serial or single, not '{mode}'.");
            return 2;
        }
        var pages = Corpus.LoadBbc().Concat(Corpus.LoadReuters()).ToList();
        Console.WriteLine($"ingest: {pages.Count} articles (BBC {pages.Count(p => p.Set == Corpus.Bbc)}, Reuters {pages.Count(p => p.Set == Corpus.Reuters)}), "
            + $"mode {mode}{(mode == "single" ? "" : $", batches of {batchSize}")}, {runs} runs after a warm-up; load average {LoadAverage()}");

        // The first articles pay for JIT and for loading the engine's word lists and gazetteer.
        await RunOnceAsync(pages.Take(300).ToList(), null, mode, batchSize);
        var efLog = Options.Flag(args, "--ef-log") ? new EventCounter() : null;

        var results = new List<Run>();
        for (var i = 0; i < runs; i++)
        {
            var run = await RunOnceAsync(pages, efLog, mode, batchSize);
            results.Add(run);
            Console.WriteLine($"  run {i + 1}: {run.ArticlesPerSecond,7:F1} articles/s  ({run.Elapsed.TotalSeconds:F1} s, CPU {run.CpuSeconds:F1} s = {run.CpuSeconds * 1000 / pages.Count:F2} ms per article: "
                + $"extract {run.ExtractCpu / pages.Count:F2} ms, store and the rest {(run.CpuSeconds * 1000 - run.ExtractCpu) / pages.Count:F2} ms; "
                + $"wall per article: extract {run.ExtractMs.Median():F2} ms median, store {(run.StoreMs.Count == 0 ? "n/a (overlapped)" : $"{run.StoreMs.Median():F2} ms median")}; "
                + $"{run.Created} stored, {run.Duplicates} duplicates, {run.Failed} unreadable, {run.Crashed.Count} crashed; {run.DatabaseBytes / 1048576.0:F1} MB; "
                + $"{run.Jitted} methods jitted in {run.JitSeconds:F1} s; load average {run.Load})");
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
        var cpu = results.Select(r => r.CpuSeconds * 1000 / pages.Count).ToList();
        var median = rates.Median();
        Console.WriteLine($"ingest: median {median:F1} articles/s (min {rates.Min():F1}, max {rates.Max():F1}); CPU per article median {cpu.Median():F2} ms "
            + $"(extract {results.Select(r => r.ExtractCpu / pages.Count).Median():F2} ms, store and the rest {results.Select(r => (r.CpuSeconds * 1000 - r.ExtractCpu) / pages.Count).Median():F2} ms); "
            + $"wall per article median extract {results.SelectMany(r => r.ExtractMs).Median():F2} ms (p90 {results.SelectMany(r => r.ExtractMs).Percentile(0.9):F2}), "
            + (results[0].StoreMs.Count == 0 ? "" : $"store {results.SelectMany(r => r.StoreMs).Median():F2} ms (p90 {results.SelectMany(r => r.StoreMs).Percentile(0.9):F2}); ")
            + $"budget >= {BudgetArticlesPerSecond} articles/s: {(median >= BudgetArticlesPerSecond ? "met" : "MISSED")}; load average {LoadAverage()}");
        return 0;
    }

    private static async Task<Run> RunOnceAsync(IReadOnlyList<CorpusPage> pages, EventCounter? efLog, string mode, int batchSize)
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
                switch (mode)
                {
                    case "single":
                        await SingleAsync(pages, pipeline, ingestor, run);
                        break;
                    case "serial":
                        await SerialAsync(pages, pipeline, ingestor, run, batchSize);
                        break;
                    default:
                        await BulkAsync(pages, pipeline, ingestor, run, batchSize);
                        break;
                }
                run.Elapsed = total.Elapsed;
                process.Refresh();
                run.CpuSeconds = (process.TotalProcessorTime - cpuStart).TotalSeconds;
                run.Jitted = System.Runtime.JitInfo.GetCompiledMethodCount() - jitCount;
                run.JitSeconds = (System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalSeconds;
                run.ArticlesPerSecond = pages.Count / total.Elapsed.TotalSeconds;
                run.Load = LoadAverage();
            }
            run.DatabaseBytes = Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length);
            return run;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The CLI's path: extraction on its own task, batches stored as they fill.</summary>
    private static async Task BulkAsync(IReadOnlyList<CorpusPage> pages, ExtractionPipeline pipeline, ArticleIngestor ingestor, Run run, int batchSize)
    {
        await BulkIngestion.RunAsync(ingestor, pages, page => Extract(pipeline, page, run), page => page.FileName, (page, outcome) =>
        {
            Count(run, page, outcome.Result, outcome.ReadError ?? outcome.StoreError);
            return ValueTask.CompletedTask;
        }, batchSize);
    }

    /// <summary>A batch extracted, then stored: the store's own time per article, without the overlap.</summary>
    private static async Task SerialAsync(IReadOnlyList<CorpusPage> pages, ExtractionPipeline pipeline, ArticleIngestor ingestor, Run run, int batchSize)
    {
        var step = new Stopwatch();
        foreach (var chunk in pages.Chunk(batchSize))
        {
            var extracted = new List<(CorpusPage Page, ExtractedArticle Article)>();
            foreach (var page in chunk)
            {
                try
                {
                    extracted.Add((page, Extract(pipeline, page, run)));
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    Count(run, page, null, ex);
                }
            }
            step.Restart();
            var outcomes = await ingestor.StoreBatchAsync([.. extracted.Select(e => new BatchArticle(e.Article, e.Page.FileName))]);
            var perArticle = step.Elapsed.TotalMilliseconds / Math.Max(1, extracted.Count);
            for (var i = 0; i < extracted.Count; i++)
            {
                run.StoreMs.Add(perArticle);
                Count(run, extracted[i].Page, outcomes[i].Result, outcomes[i].Error);
            }
        }
    }

    /// <summary>One article per transaction, one after the other: the ingestion before batches.</summary>
    private static async Task SingleAsync(IReadOnlyList<CorpusPage> pages, ExtractionPipeline pipeline, ArticleIngestor ingestor, Run run)
    {
        var step = new Stopwatch();
        foreach (var page in pages)
        {
            try
            {
                var extracted = Extract(pipeline, page, run);
                step.Restart();
                var result = await ingestor.StoreAsync(extracted, page.FileName);
                run.StoreMs.Add(step.Elapsed.TotalMilliseconds);
                Count(run, page, result, null);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Count(run, page, null, ex);
            }
        }
    }

    /// <summary>Read and extract, timed in wall and in this thread's CPU (the extraction may run beside the store).</summary>
    private static ExtractedArticle Extract(ExtractionPipeline pipeline, CorpusPage page, Run run)
    {
        var cpu0 = ThreadCpuMs();
        var wall = Stopwatch.StartNew();
        try
        {
            return pipeline.Run(page.ToSource());
        }
        finally
        {
            var ms = wall.Elapsed.TotalMilliseconds;
            var cpu = ThreadCpuMs() - cpu0;
            lock (run)
            {
                run.ExtractMs.Add(ms);
                run.ExtractCpu += cpu;
            }
        }
    }

    private static void Count(Run run, CorpusPage page, IngestResult? result, Exception? error)
    {
        switch (error)
        {
            case null when result!.Status == IngestStatus.Duplicate:
                run.Duplicates++;
                break;
            case null:
                run.Created++;
                break;
            case ArticleReadException:
                run.Failed++;
                break;
            default:
                // An engine or store crash is a finding to report, not a reason to lose the run.
                run.Crashed.Add($"{page.Set}/{page.Id}: {error.GetType().Name}: {error.Message}");
                break;
        }
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    // CPU time of the calling thread (Linux): the extraction's own cost even when the store runs on the other core.
    private static double ThreadCpuMs()
    {
        return OperatingSystem.IsLinux() && ClockGetTime(3 /* CLOCK_THREAD_CPUTIME_ID */, out var ts) == 0
            ? ts.Seconds * 1000.0 + ts.Nanoseconds / 1e6
            : 0;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
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
        public string Load { get; set; } = "";
    }
}
