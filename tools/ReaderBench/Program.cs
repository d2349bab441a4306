using System.Diagnostics;
using System.Text.Json;
using SyriaTalks.Ingestion.Reading;
using SyriaTalks.Testing;

// ReaderBench: measures the page reader (and SmartReader beside it) on ../shared data.
//   dotnet run --project tools/ReaderBench -c Release [-- SHARED_DIR [OUT_DIR]]
// Body F1 is computed the way ../shared/tools/bodyscore.py computes it; OUT_DIR gets the predictions
// (ours.json, smartreader.json) so bodyscore.py can confirm the figures.
if (args.Length == 2 && args[0] == "--stages")
{
    // Times each stage of the reader on one file: for pathological pages.
    var sw0 = Stopwatch.StartNew();
    var text0 = PageDecoder.Decode(File.ReadAllBytes(args[1]));
    Console.WriteLine($"decode {sw0.ElapsedMilliseconds} ms");
    sw0.Restart();
    text0 = NestingGuard.Flatten(text0);
    Console.WriteLine($"nesting guard {sw0.ElapsedMilliseconds} ms");
    sw0.Restart();
    using var doc0 = new AngleSharp.Html.Parser.HtmlParser(new AngleSharp.Html.Parser.HtmlParserOptions { IsScripting = true }).ParseDocument(text0);
    Console.WriteLine($"parse {sw0.ElapsedMilliseconds} ms");
    sw0.Restart();
    var facts0 = PageMetadata.Read(doc0, null);
    Console.WriteLine($"metadata {sw0.ElapsedMilliseconds} ms");
    sw0.Restart();
    var walker0 = TextUnitWalker.Walk(doc0.DocumentElement!);
    Console.WriteLine($"walk {sw0.ElapsedMilliseconds} ms ({walker0.Elements.Count} elements, {walker0.Units.Count} units)");
    sw0.Restart();
    var units0 = ContentExtractor.Select(walker0, facts0.Title);
    Console.WriteLine($"select {sw0.ElapsedMilliseconds} ms ({units0.Count} units)");
    return 0;
}
if (args.Length == 2 && args[0] == "--page")
{
    // Title, byline, dates and outlet of one saved page, for looking at a single miss.
    var a = new ArticleReader().Read(File.ReadAllBytes(args[1]), Path.GetFileName(args[1]));
    Console.WriteLine($"title: {a.Title}\nbyline: {a.Byline}\npublished: {a.Published:yyyy-MM-dd}\nmodified: {a.Modified:yyyy-MM-dd}\noutlet: {a.Outlet}\nurl: {a.Url}\nlanguage: {a.Language}");
    return 0;
}
if (args.Length == 2 && args[0] == "--dump-dir")
{
    // The same lines for every file of one folder (saved pages or text), e.g. fragments of another data set.
    var r = new ArticleReader();
    foreach (var f in Directory.EnumerateFiles(args[1]).Order(StringComparer.Ordinal))
    {
        Console.WriteLine(DumpLine(r, Path.GetFileName(f), File.ReadAllBytes(f), Path.GetFileName(f)));
    }
    return 0;
}
if (args.Length >= 1 && args[0] == "--dump")
{
    // One line per page (set/id, title, byline, published) over every page set with metadata, so a change
    // to the metadata rules can be diffed page by page: dotnet run --project tools/ReaderBench -c Release -- --dump > before.tsv
    var sharedDir = args.Length > 1 ? args[1] : FindShared();
    var r = new ArticleReader();
    foreach (var (set, id, content, name) in Pages(sharedDir, withPolnear: false))
    {
        Console.WriteLine(DumpLine(r, $"{set}/{id}", content, name));
    }
    return 0;
}
if (args.Length >= 2 && args[0] == "--dump-bodies")
{
    // Every body the reader returns, one file per page (OUT_DIR/<set>/<id>.txt), over the benchmark, Readability's
    // pages, dev-pages, corpus/dev, polnear-dev and the Reuters 2016 items (as the blog's Markdown file, and as its HTML fragment alone),
    // so a change to the body rules can be read page by page: diff -r before/ after/.
    var outRoot = args[1];
    var sharedDir = args.Length > 2 ? args[2] : FindShared();
    var r = new ArticleReader();
    void Body(string set, string id, byte[] content, string name)
    {
        Directory.CreateDirectory(Path.Combine(outRoot, set));
        string text;
        try
        {
            text = r.Read(content, name).Text;
        }
        catch (ArticleReadException ex)
        {
            text = "(no article) " + ex.Message;
        }
        File.WriteAllText(Path.Combine(outRoot, set, id + ".txt"), text.Replace("\n\n", "\n") + "\n");
    }
    foreach (var (set, id, content, name) in Pages(sharedDir, withPolnear: true))
    {
        Body(set, id, content, name);
    }
    foreach (var f in Directory.EnumerateFiles(Path.Combine(sharedDir, "data", "reuters-2016-syria", "posts")).Order(StringComparer.Ordinal))
    {
        var bytes = File.ReadAllBytes(f);
        Body("reuters", Path.GetFileNameWithoutExtension(f), bytes, Path.GetFileName(f));
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var end = text.StartsWith("---", StringComparison.Ordinal) ? text.IndexOf("\n---", 3, StringComparison.Ordinal) : -1;
        var fragment = end < 0 ? text : text[(end + 4)..];
        Body("reuters-html", Path.GetFileNameWithoutExtension(f), System.Text.Encoding.UTF8.GetBytes(fragment), "fragment.html");
    }
    return 0;
}
// --metadata: only the title, byline and date measures (no bodies, no timing, no SmartReader bodies).
var metadataOnly = args.Contains("--metadata");
args = args.Where(a => a != "--metadata").ToArray();
var shared = args.Length > 0 ? args[0] : FindShared();
var outDir = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "readerbench");
Directory.CreateDirectory(outDir);
var reader = new ArticleReader();

// 1. Bodies on the article-extraction benchmark.
if (!metadataOnly)
{
    var bench = Path.Combine(shared, "data", "article-extraction-benchmark");
    using var truthDoc = JsonDocument.Parse(File.ReadAllText(Path.Combine(bench, "ground-truth.json")));
    var pages = truthDoc.RootElement.EnumerateObject()
        .Select(p => (Id: p.Name, Truth: p.Value.GetProperty("articleBody").GetString() ?? "", Url: p.Value.TryGetProperty("url", out var u) ? u.GetString() : null))
        .ToList();
    var ours = new Dictionary<string, object>();
    var smart = new Dictionary<string, object>();
    var oursScores = new List<(double P, double R)>();
    var smartScores = new List<(double P, double R)>();
    var oursMs = new List<double>();
    var smartMs = new List<double>();
    foreach (var (id, truth, url) in pages)
    {
        var bytes = ReaderMeasures.Gunzip(Path.Combine(bench, "html", id + ".html.gz"));
        var sw = Stopwatch.StartNew();
        string body;
        try
        {
            body = reader.Read(bytes, id + ".html").Text;
        }
        catch (ArticleReadException)
        {
            body = "";
        }
        oursMs.Add(sw.Elapsed.TotalMilliseconds);
        ours[id] = new { articleBody = body };
        oursScores.Add(ReaderMeasures.BodyScore(truth, body));

        var html = System.Text.Encoding.UTF8.GetString(bytes);
        sw.Restart();
        var sr = SmartRead(html, url);
        smartMs.Add(sw.Elapsed.TotalMilliseconds);
        smart[id] = new { articleBody = sr?.TextContent ?? "" };
        smartScores.Add(ReaderMeasures.BodyScore(truth, sr?.TextContent ?? ""));
    }
    File.WriteAllText(Path.Combine(outDir, "ours.json"), JsonSerializer.Serialize(ours));
    File.WriteAllText(Path.Combine(outDir, "smartreader.json"), JsonSerializer.Serialize(smart));
    Console.WriteLine($"Body, article-extraction-benchmark ({pages.Count} pages)");
    Console.WriteLine($"  ours        {BodyScore.Summary(oursScores)}  median {Median(oursMs):F2} ms/page (incl. decoding)");
    Console.WriteLine($"  SmartReader {BodyScore.Summary(smartScores)}  median {Median(smartMs):F2} ms/page");
    // Timing again now that the JIT is warm: the first pass above pays for compilation.
    var warm = new List<double>();
    foreach (var (id, _, _) in pages)
    {
        var bytes = ReaderMeasures.Gunzip(Path.Combine(bench, "html", id + ".html.gz"));
        var sw = Stopwatch.StartNew();
        try
        {
            reader.Read(bytes, id + ".html");
        }
        catch (ArticleReadException)
        {
        }
        warm.Add(sw.Elapsed.TotalMilliseconds);
    }
    warm.Sort();
    // CPU time of this thread per page: on a shared, loaded machine wall time mostly measures the neighbours.
    var cpuOurs = new List<double>();
    var cpuSmart = new List<double>();
    foreach (var (id, _, url) in pages)
    {
        var bytes = ReaderMeasures.Gunzip(Path.Combine(bench, "html", id + ".html.gz"));
        var t0 = ThreadCpu.Milliseconds();
        try
        {
            reader.Read(bytes, id + ".html");
        }
        catch (ArticleReadException)
        {
        }
        cpuOurs.Add(ThreadCpu.Milliseconds() - t0);
        var html = System.Text.Encoding.UTF8.GetString(bytes);
        t0 = ThreadCpu.Milliseconds();
        SmartRead(html, url);
        cpuSmart.Add(ThreadCpu.Milliseconds() - t0);
    }
    Console.WriteLine($"  CPU time per page (this thread, warm): ours median {Median(cpuOurs):F2} ms, p90 {cpuOurs.Order().ElementAt((int)(cpuOurs.Count * 0.9)):F2} ms; SmartReader median {Median(cpuSmart):F2} ms");
    // The share of the time that is AngleSharp's parse alone, for comparison.
    var parseOnly = new List<double>();
    foreach (var (id, _, _) in pages)
    {
        var html = System.Text.Encoding.UTF8.GetString(ReaderMeasures.Gunzip(Path.Combine(bench, "html", id + ".html.gz")));
        var sw = Stopwatch.StartNew();
        using var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        parseOnly.Add(sw.Elapsed.TotalMilliseconds);
    }
    Console.WriteLine($"  AngleSharp parse alone: median {Median(parseOnly):F2} ms");
    if (Environment.GetEnvironmentVariable("READERBENCH_STAGES") == "1")
    {
        var stages = new double[5];
        foreach (var (id, _, _) in pages)
        {
            var bytes = ReaderMeasures.Gunzip(Path.Combine(bench, "html", id + ".html.gz"));
            var sw = Stopwatch.StartNew();
            var html = PageDecoder.Decode(bytes);
            stages[0] += sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            using var doc = new AngleSharp.Html.Parser.HtmlParser(new AngleSharp.Html.Parser.HtmlParserOptions { IsScripting = true }).ParseDocument(html);
            stages[1] += sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            var facts = PageMetadata.Read(doc, null);
            stages[2] += sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            var walker = TextUnitWalker.Walk(doc.DocumentElement!);
            stages[3] += sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            ContentExtractor.Select(walker, facts.Title);
            stages[4] += sw.Elapsed.TotalMilliseconds;
        }
        Console.WriteLine($"  mean ms per stage: decode {stages[0] / pages.Count:F2}, parse {stages[1] / pages.Count:F2}, metadata {stages[2] / pages.Count:F2}, walk {stages[3] / pages.Count:F2}, select {stages[4] / pages.Count:F2}");
    }
    Console.WriteLine($"  ours, warm: median {Median(warm):F2} ms, p90 {warm[(int)(warm.Count * 0.9)]:F2} ms, max {warm[^1]:F2} ms");
}

// 2. Metadata on Readability's test pages and on the corpus' whole saved pages.
var verbose = Environment.GetEnvironmentVariable("READERBENCH_VERBOSE") == "1";
var metaOurs = new Tally();
var metaSmart = new Tally();
var rtOurs = new List<(double P, double R)>();
var rtSmart = new List<(double P, double R)>();
foreach (var dir in Directory.EnumerateDirectories(Path.Combine(shared, "data", "readability-test-pages")).Order(StringComparer.Ordinal))
{
    var source = Path.Combine(dir, "source.html");
    var expectedPath = Path.Combine(dir, "expected-metadata.json");
    if (!File.Exists(source) || !File.Exists(expectedPath))
    {
        continue;
    }
    using var e = JsonDocument.Parse(File.ReadAllText(expectedPath));
    var expected = new Expected(Str(e.RootElement, "title"), Str(e.RootElement, "byline"), Str(e.RootElement, "publishedTime"));
    var bytes = File.ReadAllBytes(source);
    ReadArticle? a = null;
    try
    {
        a = reader.Read(bytes, "source.html");
    }
    catch (ArticleReadException)
    {
    }
    var expectedBody = Path.Combine(dir, "expected.html");
    if (File.Exists(expectedBody))
    {
        using var ed = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(expectedBody));
        var truthText = ed.Body?.TextContent ?? "";
        var rtScore = ReaderMeasures.BodyScore(truthText, a?.Text ?? "");
        rtOurs.Add(rtScore);
        if (verbose && rtScore.Precision + rtScore.Recall < 1.7)
        {
            Console.WriteLine($"    body   {Path.GetFileName(dir)}: P {rtScore.Precision:F2} R {rtScore.Recall:F2}");
        }
        rtSmart.Add(ReaderMeasures.BodyScore(truthText, SmartRead(System.Text.Encoding.UTF8.GetString(bytes), null)?.TextContent ?? ""));
    }
    metaOurs.Add(Path.GetFileName(dir), expected, a?.Title, a?.Byline, a?.Published, verbose, ReaderMeasures.Headlines(bytes));
    var sr = SmartRead(System.Text.Encoding.UTF8.GetString(bytes), null);
    metaSmart.Add(Path.GetFileName(dir), expected, sr?.Title, sr?.Byline ?? sr?.Author, sr?.PublicationDate is { } d ? DateOnly.FromDateTime(d) : null, false);
}
Console.WriteLine("Metadata, readability-test-pages");
Console.WriteLine($"  body vs Readability's expected.html (pages not tuned on; the truth is Readability's own output): ours {BodyScore.Summary(rtOurs)}, SmartReader {BodyScore.Summary(rtSmart)}");
Console.WriteLine($"  ours        {metaOurs}");
Console.WriteLine($"  SmartReader {metaSmart}");

var devOurs = new Tally();
var devSmart = new Tally();
foreach (var dir in Directory.EnumerateDirectories(Path.Combine(shared, "corpus", "dev-pages")).Order(StringComparer.Ordinal))
{
    using var g = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "gold.json")));
    var art = g.RootElement.GetProperty("article");
    var expected = new Expected(Str(art, "title"), Str(art, "byline"), Str(art, "published"));
    var bytes = File.ReadAllBytes(Path.Combine(dir, "article.html"));
    var a = reader.Read(bytes, "article.html");
    devOurs.Add(Path.GetFileName(dir), expected, a.Title, a.Byline, a.Published, verbose);
    var body = File.ReadAllText(Path.Combine(dir, "body.txt"));
    var (p, r) = ReaderMeasures.BodyScore(body, a.Text);
    Console.WriteLine($"  dev-pages {Path.GetFileName(dir)}: body F1 {(p + r > 0 ? 2 * p * r / (p + r) : 0):F3}");
    var sr = SmartRead(System.Text.Encoding.UTF8.GetString(bytes), null);
    devSmart.Add(Path.GetFileName(dir), expected, sr?.Title, sr?.Byline ?? sr?.Author, sr?.PublicationDate is { } d ? DateOnly.FromDateTime(d) : null, false);
}
Console.WriteLine("Metadata, corpus/dev-pages");
Console.WriteLine($"  ours        {devOurs}");
Console.WriteLine($"  SmartReader {devSmart}");
return 0;

static string DumpLine(ArticleReader reader, string label, byte[] content, string name)
{
    try
    {
        var a = reader.Read(content, name);
        return $"{label}\t{a.Title}\t{a.Byline}\t{a.Published:yyyy-MM-dd}\t{a.Outlet}";
    }
    catch (ArticleReadException)
    {
        return $"{label}\t(no article)";
    }
}

static SmartReader.Article? SmartRead(string html, string? url)
{
    try
    {
        // The constructor taking the text never downloads; the URL only resolves links.
        return new SmartReader.Reader(url ?? "https://localhost/", html).GetArticle();
    }
    catch (Exception)
    {
        return null;
    }
}

static string? Str(JsonElement e, string name) =>
    e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

static double Median(List<double> xs)
{
    var s = xs.Order().ToList();
    return s.Count == 0 ? 0 : s[s.Count / 2];
}

// The pages both dumps walk, in a fixed order: the benchmark, Readability's pages, dev-pages, corpus/dev (and polnear-dev).
static IEnumerable<(string Set, string Id, byte[] Content, string Name)> Pages(string sharedDir, bool withPolnear)
{
    foreach (var f in Directory.EnumerateFiles(Path.Combine(sharedDir, "data", "article-extraction-benchmark", "html"), "*.html.gz").Order(StringComparer.Ordinal))
    {
        yield return ("benchmark", Path.GetFileName(f)[..12], ReaderMeasures.Gunzip(f), "page.html");
    }
    foreach (var d in Directory.EnumerateDirectories(Path.Combine(sharedDir, "data", "readability-test-pages")).Order(StringComparer.Ordinal))
    {
        if (File.Exists(Path.Combine(d, "source.html")))
        {
            yield return ("readability", Path.GetFileName(d), File.ReadAllBytes(Path.Combine(d, "source.html")), "source.html");
        }
    }
    foreach (var d in Directory.EnumerateDirectories(Path.Combine(sharedDir, "corpus", "dev-pages")).Order(StringComparer.Ordinal))
    {
        yield return ("dev-pages", Path.GetFileName(d), File.ReadAllBytes(Path.Combine(d, "article.html")), "article.html");
    }
    foreach (var corpus in withPolnear ? new[] { "dev", "polnear-dev" } : ["dev"])
    {
        foreach (var d in Directory.EnumerateDirectories(Path.Combine(sharedDir, "corpus", corpus)).Order(StringComparer.Ordinal))
        {
            var file = File.Exists(Path.Combine(d, "article.html")) ? "article.html" : "article.txt";
            if (File.Exists(Path.Combine(d, file)))
            {
                yield return (corpus, Path.GetFileName(d), File.ReadAllBytes(Path.Combine(d, file)), file);
            }
        }
    }
}

static string FindShared()
{
    for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
    {
        if (File.Exists(Path.Combine(d.FullName, "SyriaTalks.sln")))
        {
            // ../shared beside the repository; a git worktree one level deeper finds it further up.
            for (var up = d.Parent; up is not null; up = up.Parent)
            {
                if (Directory.Exists(Path.Combine(up.FullName, "shared", "data")))
                {
                    return Path.Combine(up.FullName, "shared");
                }
            }
        }
    }
    throw new DirectoryNotFoundException("SyriaTalks.sln not found above " + AppContext.BaseDirectory);
}

/// <summary>CPU time consumed by the calling thread (Linux clock_gettime(CLOCK_THREAD_CPUTIME_ID)).</summary>
internal static partial class ThreadCpu
{
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    public static double Milliseconds() => ClockGetTime(3, out var t) == 0 ? t.Seconds * 1000.0 + t.Nanoseconds / 1e6 : 0;
}

/// <summary>Expected title, byline and published time of one page.</summary>
internal sealed record Expected(string? Title, string? Byline, string? Published);

/// <summary>Counts title, byline and date agreement the way docs/quality.md explains.</summary>
internal sealed class Tally
{
    // Readability's expected bylines that name someone other than the article's author, or nobody; each was
    // checked on the page (docs/quality.md gives the evidence). They are counted, and also set aside in the
    // second figure.
    public static readonly Dictionary<string, string> WrongBylines = new(StringComparer.Ordinal)
    {
        ["herald-sun-1"] = "JOE HILDEBRAND signs a teaser for another story below the article; the article is Laurie Oakes's (article:author, byline box)",
        ["salon-1"] = "Joanna Rothkopf signs teaser cards; the article's byline (rel=author) is Richard (R.J.) Eskow",
        ["liberation-1"] = "Sébastien Farcis signs a story in the related box; the article is credited to AFP (schema.org author)",
        ["royal-road"] = "'Follow Author' is a button label",
        ["yahoo-4"] = "'個人' ('individuals') is a navigation link to Yahoo's bylines section",
        ["ietf-1"] = "names the second of the draft's two DC.Creator authors only, surname first",
    };

    private int _titles, _titleExact, _titleSiteKept, _titleH1, _bylines, _bylineRight, _bylinesSetAside, _bylineRightSetAside, _dates, _dateRight;

    public void Add(string id, Expected e, string? title, string? byline, DateOnly? published, bool verbose, IReadOnlyList<string>? headlines = null)
    {
        if (!string.IsNullOrWhiteSpace(e.Title))
        {
            _titles++;
            // Readability keeps the site's, section's or author's segment when the metadata title carries it
            // ("How to Build a Terrarium | eHow"), and its expected title is the metadata title where the page's
            // visible <h1> differs; the reader's rule drops the one and takes the other.
            var verdict = ReaderMeasures.Title(title, e.Title, headlines ?? []);
            var exact = verdict == TitleVerdict.Exact;
            var siteKept = verdict == TitleVerdict.SiteSegmentKept;
            var h1 = verdict == TitleVerdict.VisibleH1;
            _titleExact += exact ? 1 : 0;
            _titleSiteKept += siteKept ? 1 : 0;
            _titleH1 += h1 ? 1 : 0;
            if (verbose && !exact)
            {
                Console.WriteLine($"    title  {id}{(siteKept ? " (expected keeps a site segment)" : h1 ? " (ours is the visible h1)" : " MISS")}: got '{title}' want '{e.Title}'");
            }
        }
        var expectedNames = ReaderMeasures.ExpectedBylineNames(e.Byline);
        if (expectedNames.Count > 0)
        {
            _bylines++;
            var right = ReaderMeasures.BylineNames(byline).SetEquals(expectedNames);
            _bylineRight += right ? 1 : 0;
            var setAside = WrongBylines.TryGetValue(id, out var why);
            _bylinesSetAside += setAside ? 1 : 0;
            _bylineRightSetAside += setAside && right ? 1 : 0;
            if (verbose && !right)
            {
                Console.WriteLine($"    byline {id}{(setAside ? " (expected set aside: " + why + ")" : " MISS")}: got '{byline}' want '{e.Byline?.ReplaceLineEndings(" / ")}'");
            }
        }
        if (!string.IsNullOrWhiteSpace(e.Published) && e.Published.Length >= 10)
        {
            _dates++;
            var right = published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) == e.Published[..10];
            _dateRight += right ? 1 : 0;
            if (verbose && !right)
            {
                Console.WriteLine($"    date   {id}: got '{published}' want '{e.Published}'");
            }
        }
    }

    public override string ToString()
    {
        var titleRight = _titleExact + _titleSiteKept + _titleH1;
        var kept = _bylines - _bylinesSetAside;
        var keptRight = _bylineRight - _bylineRightSetAside;
        return $"title exact {_titleExact}/{_titles} ({Pct(_titleExact, _titles)}), right by the reader's rule {titleRight}/{_titles} ({Pct(titleRight, _titles)}: "
            + $"+{_titleSiteKept} where the expected title keeps a site segment, +{_titleH1} the visible h1 beside another metadata title); "
            + $"byline {_bylineRight}/{_bylines} ({Pct(_bylineRight, _bylines)}), {keptRight}/{kept} ({Pct(keptRight, kept)}) of the pages whose expected byline names the article's author; "
            + $"date {_dateRight}/{_dates} ({Pct(_dateRight, _dates)})";
    }

    private static string Pct(int a, int b) => b == 0 ? "-" : $"{100.0 * a / b:F0}%";
}

/// <summary>The benchmark's body score over many pages (each scored by <see cref="ReaderMeasures.BodyScore"/>).</summary>
internal static class BodyScore
{
    public static string Summary(List<(double P, double R)> scores)
    {
        var p = scores.Average(s => s.P);
        var r = scores.Average(s => s.R);
        var f = p + r > 0 ? 2 * p * r / (p + r) : 0;
        return $"F1 {f:F3}  P {p:F3}  R {r:F3}";
    }
}
