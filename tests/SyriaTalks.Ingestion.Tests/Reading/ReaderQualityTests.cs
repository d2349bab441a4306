using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using SyriaTalks.Ingestion.Reading;

namespace SyriaTalks.Ingestion.Tests.Reading;

/// <summary>Quality floors on real pages: the measured figures in docs/quality.md less a small margin.</summary>
public partial class ReaderQualityTests
{
    // Measured 0.986 (precision 0.985, recall 0.986); readability.js scores 0.952, trafilatura 0.968.
    private const double BodyF1Floor = 0.975;

    private readonly ArticleReader _reader = new();

    [Fact]
    public void BodiesOfTheBenchmarkPagesScoreAboveTheFloor()
    {
        var bench = SharedData.PathOf("data", "article-extraction-benchmark");
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(bench, "ground-truth.json")));
        var precision = new List<double>();
        var recall = new List<double>();
        foreach (var page in truth.RootElement.EnumerateObject())
        {
            var html = Gunzip(Path.Combine(bench, "html", page.Name + ".html.gz"));
            string body;
            try
            {
                body = _reader.Read(html, page.Name + ".html").Text;
            }
            catch (ArticleReadException)
            {
                body = "";
            }
            var (p, r) = ShingleScore(page.Value.GetProperty("articleBody").GetString()!, body);
            precision.Add(p);
            recall.Add(r);
        }
        var (pAvg, rAvg) = (precision.Average(), recall.Average());
        var f1 = 2 * pAvg * rAvg / (pAvg + rAvg);

        Assert.Equal(91, precision.Count);
        Assert.True(f1 >= BodyF1Floor, $"body F1 {f1:F3} (P {pAvg:F3}, R {rAvg:F3}) fell below {BodyF1Floor}");
    }

    [Fact]
    public void WholeSavedNewsPagesGiveTheGoldTitleDateAndBody()
    {
        foreach (var dir in Directory.EnumerateDirectories(SharedData.PathOf("corpus", "dev-pages")))
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "gold.json")));
            var article = gold.RootElement.GetProperty("article");

            var a = _reader.Read(File.ReadAllBytes(Path.Combine(dir, "article.html")), "article.html");

            Assert.Equal(article.GetProperty("title").GetString(), a.Title);
            Assert.Equal(article.GetProperty("published").GetString(), a.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            var (p, r) = ShingleScore(File.ReadAllText(Path.Combine(dir, "body.txt")), a.Text);
            Assert.True(p > 0.95 && r > 0.95, $"{Path.GetFileName(dir)}: body P {p:F3} R {r:F3}");
        }
    }

    // The article-extraction benchmark's measure (../shared/tools/bodyscore.py): multiset overlap of
    // 4-gram shingles of \w+ tokens, over the predicted and the true shingle counts.
    private static (double Precision, double Recall) ShingleScore(string truth, string predicted)
    {
        var t = Shingles(truth);
        var p = Shingles(predicted);
        var overlap = p.Sum(kv => Math.Min(kv.Value, t.GetValueOrDefault(kv.Key)));
        var (ps, ts) = (p.Values.Sum(), t.Values.Sum());
        return (ps > 0 ? overlap / (double)ps : ts == 0 ? 1 : 0, ts > 0 ? overlap / (double)ts : 1);
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

    private static byte[] Gunzip(string path)
    {
        using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Token();
}
