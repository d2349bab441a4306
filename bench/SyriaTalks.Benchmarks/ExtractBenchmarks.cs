using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using SyriaTalks.Extraction;
using SyriaTalks.Ingestion.Pipeline;
using SyriaTalks.Ingestion.Reading;

namespace SyriaTalks.Benchmarks;

/// <summary>
/// Per article: AngleSharp's parse alone (the floor), the page reader, and reader + engine, on the same pages.
/// Each invocation goes through <see cref="Sample"/> pages spread evenly over the set, so figures are per article.
/// </summary>
[MemoryDiagnoser]
public class ExtractBenchmarks
{
    public const int Sample = 80;

    private readonly ArticleReader reader = new();
    private ExtractionPipeline pipeline = null!;
    private CorpusPage[] pages = [];
    private string[] html = [];

    [Params(Corpus.Reuters, Corpus.ExtractionBenchmark, Corpus.Bbc)]
    public string Set { get; set; } = Corpus.Reuters;

    [GlobalSetup]
    public void Setup()
    {
        pipeline = new ExtractionPipeline(reader, new ArticleAnalyzer());
        pages = [.. ReadablePages(Corpus.Load(Set), reader, Sample)];
        html = [.. pages.Select(p => System.Text.Encoding.UTF8.GetString(p.Content))];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Sample, Description = "AngleSharp parse")]
    public int Parse()
    {
        var nodes = 0;
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = true });
        foreach (var page in html)
        {
            using var doc = parser.ParseDocument(page);
            nodes += doc.All.Length;
        }
        return nodes;
    }

    [Benchmark(OperationsPerInvoke = Sample, Description = "read")]
    public int Read()
    {
        var chars = 0;
        foreach (var page in pages)
        {
            chars += reader.Read(page.Content, page.FileName).Text.Length;
        }
        return chars;
    }

    [Benchmark(OperationsPerInvoke = Sample, Description = "read + extract")]
    public int ReadExtract()
    {
        var found = 0;
        foreach (var page in pages)
        {
            var a = pipeline.Run(page.ToSource()).Analysis;
            found += a.Quotes.Count + a.Events.Count + a.Actors.Count;
        }
        return found;
    }

    /// <summary>
    /// <paramref name="count"/> pages spread evenly over the set among those the reader accepts, each with a
    /// publication date (the date a user would give when the page states none).
    /// </summary>
    public static IEnumerable<CorpusPage> ReadablePages(IReadOnlyList<CorpusPage> all, ArticleReader reader, int count = int.MaxValue)
    {
        var readable = new List<CorpusPage>();
        foreach (var page in all)
        {
            try
            {
                var read = reader.Read(page.Content, page.FileName);
                readable.Add(page.Published is null && read.Published is null ? page with { Published = new DateOnly(2016, 2, 3) } : page);
            }
            catch (ArticleReadException)
            {
                // Section fronts and error pages: nothing to extract, nothing to time.
            }
        }
        if (readable.Count <= count)
        {
            return readable;
        }
        return Enumerable.Range(0, count).Select(i => readable[(int)((long)i * readable.Count / count)]);
    }
}
