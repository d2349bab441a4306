using System.Globalization;
using SyriaTalks.Extraction;
using SyriaTalks.Ingestion.Pipeline;
using SyriaTalks.Ingestion.Reading;

namespace SyriaTalks.Cli.Commands;

/// <summary><c>extract PATH... [--published D] [--out DIR]</c>: the engine's JSON for each article, one failure never stopping the rest.</summary>
public static class ExtractCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, new ArticleAnalyzer());

    /// <summary>The command with another engine (a test's failing one).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, IArticleAnalyzer engine)
    {
        DateOnly? published = null;
        string? outDir = null;
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--published" when i + 1 < args.Length:
                    if (!DateOnly.TryParseExact(args[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    {
                        stderr.WriteLine($"--published: '{args[i]}' is not a date of the form YYYY-MM-DD.");
                        return 2;
                    }
                    published = d;
                    break;
                case "--out" when i + 1 < args.Length:
                    outDir = args[++i];
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
            stderr.WriteLine("extract: give at least one file or folder.");
            return 2;
        }

        var entries = new List<CorpusEntry>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path) || File.Exists(path))
            {
                entries.AddRange(CorpusEntry.Find(path));
            }
            else
            {
                stderr.WriteLine($"{path}: no such file or folder.");
                return 2;
            }
        }
        if (entries.Count == 0)
        {
            stderr.WriteLine("extract: no .html, .htm or .txt article found in the given paths.");
            return 2;
        }

        var pipeline = new ExtractionPipeline(new ArticleReader(), engine);
        var toStdout = outDir is null && entries.Count == 1;
        if (!toStdout)
        {
            outDir ??= ".";
            Directory.CreateDirectory(outDir);
        }
        var failed = 0;
        foreach (var entry in entries)
        {
            try
            {
                var source = entry.ToSource(published);
                var json = ExtractionJson.Serialize(entry.Id, pipeline.Run(source));
                if (toStdout)
                {
                    stdout.WriteLine(json);
                }
                else
                {
                    File.WriteAllText(Path.Combine(outDir!, entry.Id + ".json"), json);
                }
            }
            catch (Exception ex) when (Crash.IsBadInput(ex))
            {
                failed++;
                stderr.WriteLine($"{entry.Path}: {ex.Message}");
            }
            catch (Exception ex) when (Crash.Is(ex))
            {
                // A bug of the reader or the engine on this one article: say so, and go on with the others.
                failed++;
                stderr.WriteLine($"{entry.Path}: SyriaTalks failed on this article ({Crash.Describe(ex)}); please report it.");
            }
        }
        if (!toStdout)
        {
            stderr.WriteLine($"extract: {entries.Count - failed} written to {outDir}, {failed} failed.");
        }
        return failed == 0 ? 0 : 1;
    }
}
