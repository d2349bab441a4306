using System.Text.Json;
using SyriaTalks.Cli.Commands;
using SyriaTalks.Testing;

namespace SyriaTalks.Cli.Tests.Commands;

/// <summary><c>extract</c> over a folder when the engine fails on one article: the rest are still written.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("syriatalks-extract-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void AnArticleTheEngineFailsOnIsReportedAndEveryOtherArticleIsWritten()
    {
        var articles = Directory.CreateDirectory(Path.Combine(root, "articles")).FullName;
        for (var n = 1; n <= 4; n++)
        {
            File.WriteAllText(Path.Combine(articles, $"round-{n}.txt"), SampleArticles.Text(n));
        }
        var output = Path.Combine(root, "out");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = ExtractCommand.Run([articles, "--published", "2016-02-03", "--out", output], stdout, stderr, FailingEngine.OnRounds(2));

        Assert.Equal(1, exit);
        var written = Directory.GetFiles(output, "*.json").Select(Path.GetFileNameWithoutExtension).Order().ToList();
        Assert.Equal(3, written.Count);
        Assert.DoesNotContain(written, id => id!.Contains("round-2", StringComparison.Ordinal));
        foreach (var file in Directory.GetFiles(output, "*.json"))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            Assert.True(json.RootElement.GetProperty("quotes").GetArrayLength() > 0);
        }
        var report = stderr.ToString();
        var line = Assert.Single(report.Split('\n'), l => l.Contains("round-2.txt", StringComparison.Ordinal));
        Assert.Contains("InvalidOperationException", line);
        Assert.Contains(FailingEngine.Message, line);
        Assert.Contains("3 written", report);
        Assert.Contains("1 failed", report);
    }
}
