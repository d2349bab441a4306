using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using SyriaTalks.Ingestion.Pipeline;

namespace SyriaTalks.Benchmarks;

/// <summary>One page of a data set, held in memory so that benchmarks measure work, not the disk.</summary>
public sealed record CorpusPage(string Set, string Id, byte[] Content, string FileName, DateOnly? Published, string? Title, string? Url)
{
    public ArticleSource ToSource() => new(Content, FileName, Published, Url, null, Title);
}

/// <summary>
/// The real pages of ../shared/data (see its SOURCES.md): Reuters 2016 items, the article-extraction benchmark's
/// pages and the BBC full-text set.
/// </summary>
public static class Corpus
{
    public const string Reuters = "reuters";
    public const string ExtractionBenchmark = "aeb";
    public const string Bbc = "bbc";

    public static readonly string[] Sets = [Reuters, ExtractionBenchmark, Bbc];

    // BBC texts carry no date; spread them over the year the set was collected so that timelines look like real ones.
    private static readonly DateOnly BbcStart = new(2005, 1, 1);

    /// <summary>The repository root: the first folder upwards holding SyriaTalks.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>
    /// SYRIATALKS_SHARED, else ../shared beside the repository; a git worktree kept one level deeper
    /// (e.g. /work/wt/NAME beside /work/shared) finds it further up.
    /// </summary>
    public static string SharedRoot { get; } = Environment.GetEnvironmentVariable("SYRIATALKS_SHARED") is { Length: > 0 } s
        ? s
        : FindShared();

    public static string DataRoot => Path.Combine(SharedRoot, "data");

    public static IReadOnlyList<CorpusPage> Load(string set) => set switch
    {
        Reuters => LoadReuters(),
        ExtractionBenchmark => LoadExtractionBenchmark(),
        Bbc => LoadBbc(),
        _ => throw new ArgumentException($"Unknown set '{set}'; the sets are {string.Join(", ", Sets)}.", nameof(set)),
    };

    /// <summary>Reuters items: YAML front matter (post_title, post_date) above the article's HTML fragment.</summary>
    public static IReadOnlyList<CorpusPage> LoadReuters()
    {
        var folder = Path.Combine(DataRoot, "reuters-2016-syria", "posts");
        var pages = new List<CorpusPage>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
            if (!text.StartsWith("---", StringComparison.Ordinal) || end < 0)
            {
                continue;
            }
            var front = text[3..end];
            var body = text[(end + 4)..];
            string? title = null;
            DateOnly? published = null;
            foreach (var line in front.Split('\n'))
            {
                if (line.StartsWith("post_title:", StringComparison.Ordinal))
                {
                    var value = line["post_title:".Length..].Trim();
                    if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
                    {
                        value = value[1..^1].Replace("''", "'");
                    }
                    title = WebUtility.HtmlDecode(value);
                }
                else if (line.StartsWith("post_date:", StringComparison.Ordinal)
                    && DateOnly.TryParseExact(line["post_date:".Length..].Trim()[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    published = d;
                }
            }
            pages.Add(new CorpusPage(Reuters, Path.GetFileNameWithoutExtension(file), Encoding.UTF8.GetBytes(body),
                Path.GetFileNameWithoutExtension(file) + ".html", published, title, null));
        }
        return pages;
    }

    /// <summary>Whole saved news pages (gzipped HTML); the pages that state no date get one, as a user would give.</summary>
    public static IReadOnlyList<CorpusPage> LoadExtractionBenchmark()
    {
        var folder = Path.Combine(DataRoot, "article-extraction-benchmark");
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "ground-truth.json")));
        var pages = new List<CorpusPage>();
        foreach (var entry in truth.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            using var gz = new GZipStream(File.OpenRead(Path.Combine(folder, "html", entry.Name + ".html.gz")), CompressionMode.Decompress);
            using var bytes = new MemoryStream();
            gz.CopyTo(bytes);
            pages.Add(new CorpusPage(ExtractionBenchmark, entry.Name, bytes.ToArray(), entry.Name + ".html", null, null, null));
        }
        return pages;
    }

    /// <summary>BBC texts (headline on line 1), in topic then file order, dated one a day from 1 January 2005.</summary>
    public static IReadOnlyList<CorpusPage> LoadBbc()
    {
        var folder = Path.Combine(DataRoot, "bbc-fulltext");
        var files = Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.txt").Order(StringComparer.Ordinal))
            .ToList();
        return [.. files.Select((file, i) => new CorpusPage(Bbc,
            Path.GetFileName(Path.GetDirectoryName(file)) + "/" + Path.GetFileNameWithoutExtension(file),
            File.ReadAllBytes(file), Path.GetFileName(file), BbcStart.AddDays(i % 365), null, null))];
    }

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(RepoRoot).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (File.Exists(Path.Combine(candidate, "data", "SOURCES.md")))
            {
                return candidate;
            }
        }
        return Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
    }

    private static string FindRepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SyriaTalks.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException("SyriaTalks.sln not found above the current folder or the program's folder.");
    }
}
