using System.IO.Compression;
using System.Text.RegularExpressions;

namespace SyriaTalks.Testing;

/// <summary>How a title the reader found stands against Readability's expected title.</summary>
public enum TitleVerdict
{
    /// <summary>The same words.</summary>
    Exact,

    /// <summary>Ours is the expected title less whole trailing segments that name the site, section or author.</summary>
    SiteSegmentKept,

    /// <summary>Ours is the page's visible h1, beside a different metadata title.</summary>
    VisibleH1,

    Miss,
}

/// <summary>
/// How the page reader is measured: the article-extraction benchmark's body score, and the comparison of title and
/// byline with Readability's expected metadata. One definition for <c>tools/ReaderBench</c> (the figures in
/// docs/quality.md) and the floors of <c>ReaderQualityTests</c>.
/// </summary>
public static partial class ReaderMeasures
{
    private static readonly HashSet<string> Credentials = new(StringComparer.Ordinal) { "ma", "ms", "md", "phd", "rd", "rdn", "mph" };

    /// <summary>The benchmark's body score (../shared/tools/bodyscore.py): multiset overlap of 4-gram shingles of \w+ tokens.</summary>
    public static (double Precision, double Recall) BodyScore(string truth, string predicted)
    {
        var t = Shingles(truth);
        var p = Shingles(predicted);
        var overlap = p.Sum(kv => Math.Min(kv.Value, t.GetValueOrDefault(kv.Key)));
        var (ps, ts) = (p.Values.Sum(), t.Values.Sum());
        return (ps > 0 ? overlap / (double)ps : ts == 0 ? 1 : 0, ts > 0 ? overlap / (double)ts : 1);
    }

    /// <summary>Letters and digits, lower-cased, one space apart: "_" joins words in some titles ("新竹尖石_美樹營地賞楓").</summary>
    public static string Key(string? s) => string.Join(' ', Word().Matches(s ?? "").Select(m => m.Value.ToLowerInvariant()));

    /// <summary>
    /// Our title against Readability's: the same words; or the expected title less some whole trailing segments
    /// ("How to Build a Terrarium" in "How to Build a Terrarium | eHow": Readability keeps the site's segment, the
    /// reader's rule drops it; never the other way round); or the visible h1 of the page beside a different metadata
    /// title, unless that h1 is the title's trailing (site) segment ("evolve extension for Mercurial").
    /// </summary>
    public static TitleVerdict Title(string? ours, string expected, IReadOnlyList<string> headlines)
    {
        var k = Key(ours);
        if (k.Length == 0)
        {
            return TitleVerdict.Miss;
        }
        if (k == Key(expected))
        {
            return TitleVerdict.Exact;
        }
        var parts = TitleSeparator().Split(expected).Where(p => Key(p).Length > 0).ToList();
        var shorter = Enumerable.Range(1, Math.Max(0, parts.Count - 1));
        if (shorter.Any(n => Key(string.Join(" ", parts.Take(n))) == k))
        {
            return TitleVerdict.SiteSegmentKept;
        }
        return headlines.Any(h => Key(h) == k) && !shorter.Any(n => Key(string.Join(" ", parts.Skip(parts.Count - n))) == k)
            ? TitleVerdict.VisibleH1
            : TitleVerdict.Miss;
    }

    /// <summary>The text of every h1 of a page.</summary>
    public static List<string> Headlines(byte[] page)
    {
        using var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(page));
        return doc.QuerySelectorAll("h1").Select(h => h.TextContent).ToList();
    }

    /// <summary>
    /// The names in Readability's raw byline box. Its first line names the authors ("By\n Scott Cunningham" is one
    /// line); later lines add the outlet, the editor or the date ("By Kelli Miller\n WebMD Health News"). The names are
    /// cut at a date ("by Lucas Nolan22 Dec 2016") or an editor credit, lose a home-page address and credentials
    /// ("Brenda Goodman, MA"); a box holding only a date ("Last Updated: ...") names nobody.
    /// </summary>
    public static HashSet<string> ExpectedBylineNames(string? box)
    {
        if (string.IsNullOrWhiteSpace(box))
        {
            return [];
        }
        var lines = LoneBy().Replace(box.Trim(), "$1 ").Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0).ToList();
        var first = lines.Count > 0 ? lines[0] : "";
        if (first.StartsWith("Last Updated", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }
        first = Address().Replace(first, "");
        first = EditedBy().Replace(first, "");
        first = DateTail().Replace(first, "").Trim();
        return BylineNames(first);
    }

    /// <summary>A byline as a set of names: "By Kevin Johnson and Kevin McCoy" = "Kevin Johnson, Kevin McCoy", "Martin Untersinger (avec Damien Leloup et Morgane Tual)" = three names.</summary>
    public static HashSet<string> BylineNames(string? byline)
    {
        var s = Prefix().Replace((byline ?? "").Trim(), "");
        return Separator().Split(s).Select(Key).Where(k => k.Length > 0 && !Credentials.Contains(k)).ToHashSet();
    }

    /// <summary>The bytes of a gzipped file (the benchmark's pages are stored as .html.gz).</summary>
    public static byte[] Gunzip(string path)
    {
        using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Token().Matches(text).Select(m => m.Value).ToArray();
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Length is > 0 and < 4)
        {
            result[string.Join('\u0001', tokens)] = 1;
        }
        for (var i = 0; i + 4 <= tokens.Length; i++)
        {
            var key = string.Join('\u0001', tokens, i, 4);
            result[key] = result.GetValueOrDefault(key) + 1;
        }
        return result;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Token();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\d.*$|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d.*$")]
    private static partial Regex DateTail();

    [GeneratedRegex(@"^(?:written by|by|par|von)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^((?:written )?by|par|von)\s*\n", RegexOptions.IgnoreCase)]
    private static partial Regex LoneBy();

    [GeneratedRegex(@"\s*\(?(?:https?://|www\.)\S*")]
    private static partial Regex Address();

    [GeneratedRegex(@"\s*\bEdited by\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex EditedBy();

    [GeneratedRegex(@"\s*(?:,|;|\band\b|&|\(avec\b|\(with\b|(?-i:\bet\b|\bund\b)|\)$)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Separator();

    // The separators of a page title, as the reader splits them, plus "_" (Chinese portals: "..._科技_腾讯网").
    [GeneratedRegex(@"\s+[|\u2013\u2014\-:·»/]{1,2}\s+|\s*\|\s*|\s+::\s*|\s+(?=\[[^\[\]]+\]$)|\s*_(?=\S)")]
    private static partial Regex TitleSeparator();
}
