using System.Globalization;
using SyriaTalks.Extraction;
using SyriaTalks.Ingestion.Pipeline;
using SyriaTalks.Ingestion.Reading;

namespace SyriaTalks.Cli.Fuzzing;

/// <summary><c>fuzz [--seed N] [--count N] [--timeout-ms N] [--out DIR] [CORPUS...]</c>: exit code 1 when any input crashed, hung or broke an offset.</summary>
public static class FuzzCommand
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var seed = 1;
        var count = 1000;
        var timeoutMs = 10_000;
        var maxChars = SyriaTalks.Ingestion.Storing.ArticleSizeGuard.DefaultMaxTextChars;
        string? outDir = null;
        var corpus = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    i++;
                    break;
                case "--count" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var c) && c > 0:
                    count = c;
                    i++;
                    break;
                case "--timeout-ms" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var t) && t > 0:
                    timeoutMs = t;
                    i++;
                    break;
                case "--max-chars" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var mc) && mc > 0:
                    maxChars = mc;
                    i++;
                    break;
                case "--out" when i + 1 < args.Length:
                    outDir = args[++i];
                    break;
                case var a when a.StartsWith("--", StringComparison.Ordinal):
                    stderr.WriteLine($"Unknown or incomplete option '{a}'.");
                    return Task.FromResult(2);
                default:
                    corpus.Add(args[i]);
                    break;
            }
        }
        if (corpus.Count == 0)
        {
            corpus.AddRange(DefaultCorpus().Where(Directory.Exists));
        }
        var pages = FuzzRunner.LoadCorpus(corpus);
        if (pages.Count == 0)
        {
            stderr.WriteLine("fuzz: no pages to mutate; give folders of .html/.htm/.txt/.html.gz files.");
            return Task.FromResult(2);
        }
        stderr.WriteLine($"fuzz: {count} inputs from {pages.Count} pages, seed {seed}, time bound {timeoutMs} ms");
        var reader = new ArticleReader();
        var runner = new FuzzRunner(reader, new ExtractionPipeline(reader, new ArticleAnalyzer()), TimeSpan.FromMilliseconds(timeoutMs), maxChars);
        var tally = new Dictionary<FuzzVerdict, int>();
        var slowest = TimeSpan.Zero;
        foreach (var result in runner.Run(pages, seed, count))
        {
            tally[result.Verdict] = tally.GetValueOrDefault(result.Verdict) + 1;
            if (result.Verdict != FuzzVerdict.Hung && result.Elapsed > slowest)
            {
                slowest = result.Elapsed;
            }
            if (result.Verdict is FuzzVerdict.Crashed or FuzzVerdict.Hung or FuzzVerdict.BadOffsets)
            {
                stdout.WriteLine($"{result.Verdict} #{result.Index} ({result.Origin}; {string.Join(", ", result.Mutations)}): {result.Detail}");
                if (outDir is not null)
                {
                    Directory.CreateDirectory(outDir);
                    File.WriteAllBytes(Path.Combine(outDir, $"seed{seed}-{result.Index}-{result.Verdict.ToString().ToLowerInvariant()}.html"), result.Input);
                }
            }
            if ((result.Index + 1) % 100 == 0)
            {
                stderr.WriteLine($"fuzz: {result.Index + 1}/{count}");
            }
        }
        var bugs = tally.GetValueOrDefault(FuzzVerdict.Crashed) + tally.GetValueOrDefault(FuzzVerdict.Hung) + tally.GetValueOrDefault(FuzzVerdict.BadOffsets);
        stdout.WriteLine($"fuzz: {count} inputs: {tally.GetValueOrDefault(FuzzVerdict.Read)} read, {tally.GetValueOrDefault(FuzzVerdict.Refused)} refused with a message, "
            + $"{tally.GetValueOrDefault(FuzzVerdict.Crashed)} crashed, {tally.GetValueOrDefault(FuzzVerdict.Hung)} hung, {tally.GetValueOrDefault(FuzzVerdict.BadOffsets)} bad offsets; slowest finished input {slowest.TotalMilliseconds:0} ms");
        return Task.FromResult(bugs == 0 ? 0 : 1);
    }

    /// <summary>The repository's seeds and, when the shared material sits beside the repository, its real pages.</summary>
    private static IEnumerable<string> DefaultCorpus()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SyriaTalks.sln")))
        {
            dir = dir.Parent;
        }
        if (dir is null)
        {
            yield break;
        }
        yield return Path.Combine(dir.FullName, "seeds");
        var shared = Path.Combine(dir.FullName, "..", "shared");
        yield return Path.Combine(shared, "corpus", "dev-pages");
        yield return Path.Combine(shared, "corpus", "dev");
        yield return Path.Combine(shared, "data", "readability-test-pages");
        yield return Path.Combine(shared, "data", "article-extraction-benchmark", "html");
    }
}
