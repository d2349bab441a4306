using System.Diagnostics;
using System.Text.Json;
using SyriaTalks.Cli.Commands;

namespace SyriaTalks.Cli.Tests.Quality;

/// <summary>
/// Runs the extract command over the annotated corpora in ../shared and scores it with ../shared/tools/score.py:
/// the engine must stay at or above the floors below (set just under the figures in docs/quality.md).
/// </summary>
public class QualityHarnessTests
{
    [Fact]
    public void DevCorpusQuotesSpeakersAndActorsStayAboveTheirFloors()
    {
        var figures = ExtractAndScore("dev");
        AssertAtLeast(figures, "quotes", "f1", 0.98);
        AssertAtLeast(figures, "attribution", "f1", 0.99);
        AssertAtLeast(figures, "speaker_given_quote", "precision", 0.99);
        AssertAtLeast(figures, "actors", "f1", 0.96);
    }

    [Fact]
    public void PolnearCorpusQuoteRecallAndSpeakerAccuracyStayAboveTheirFloors()
    {
        var figures = ExtractAndScore("polnear-dev");
        AssertAtLeast(figures, "quotes", "recall", 0.98);
        AssertAtLeast(figures, "speaker_given_quote", "precision", 0.90);
    }

    [Fact]
    public void TheSeedArticleHasEveryRequiredQuoteAndSpeakerRight()
    {
        var seed = Path.Combine(SharedFolder(), "corpus", "dev", "dailycaller-2016-02-03");
        var gold = Directory.CreateTempSubdirectory("syriatalks-seed-").FullName;
        try
        {
            var copy = Directory.CreateDirectory(Path.Combine(gold, "dailycaller-2016-02-03")).FullName;
            foreach (var file in Directory.EnumerateFiles(seed))
            {
                File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            }
            var figures = ExtractAndScore(gold);
            AssertAtLeast(figures, "quotes", "recall", 1.0);
            AssertAtLeast(figures, "attribution", "recall", 1.0);
            AssertAtLeast(figures, "speaker_given_quote", "precision", 1.0);
        }
        finally
        {
            Directory.Delete(gold, recursive: true);
        }
    }

    [Fact]
    public void DevCorpusPlacesAndEventsStayAboveTheirFloors()
    {
        var figures = ExtractAndScore("dev");
        AssertAtLeast(figures, "places", "f1", 0.95);
        AssertAtLeast(figures, "events", "f1", 0.93);
    }

    [Fact]
    public void HeldOutCorpusStaysAboveItsFloors()
    {
        // tests/corpus/heldout holds gold and meta only; tools/heldout/build.py adds the texts from ../shared.
        var corpus = Directory.CreateTempSubdirectory("syriatalks-heldout-").FullName;
        try
        {
            var (code, output) = Python(Path.Combine(RepositoryRoot(), "tools", "heldout", "build.py"), "--shared", SharedFolder(), "--out", corpus);
            Assert.True(code == 0, $"build.py failed: {output}");
            Assert.Equal(Directory.GetDirectories(Path.Combine(RepositoryRoot(), "tests", "corpus", "heldout")).Length, Directory.GetDirectories(corpus).Length);

            var figures = ExtractAndScore(corpus);
            AssertAtLeast(figures, "quotes", "f1", 0.98);
            AssertAtLeast(figures, "attribution", "f1", 0.92);
            AssertAtLeast(figures, "actors", "f1", 0.96);
            AssertAtLeast(figures, "places", "f1", 0.94);
            AssertAtLeast(figures, "events", "f1", 0.96);
        }
        finally
        {
            Directory.Delete(corpus, recursive: true);
        }
    }

    private static void AssertAtLeast(JsonElement figures, string figure, string measure, double floor)
    {
        var value = figures.GetProperty(figure).GetProperty(measure).GetDouble();
        Assert.True(value >= floor, $"{figure} {measure} fell to {value:0.000}, below its floor {floor:0.000}");
    }

    /// <summary>Extracts a corpus (a name under ../shared/corpus, or a folder) and returns score.py's figures.</summary>
    private static JsonElement ExtractAndScore(string corpus)
    {
        var shared = SharedFolder();
        var gold = Path.IsPathRooted(corpus) ? corpus : Path.Combine(shared, "corpus", corpus);
        var output = Directory.CreateTempSubdirectory("syriatalks-quality-").FullName;
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var code = ExtractCommand.Run([gold, "--out", output], stdout, stderr);
            Assert.True(code == 0, $"extract failed on {corpus}: {stderr}");

            var (exit, json) = Python(Path.Combine(shared, "tools", "score.py"), "--gold", gold, "--pred", output, "--json");
            Assert.True(exit == 0, $"score.py failed: {json}");
            var line = json.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
            return JsonDocument.Parse(line).RootElement.Clone();
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>Runs a Python script; its exit code and its output (stdout, or stderr when it failed).</summary>
    private static (int ExitCode, string Output) Python(string script, params string[] args)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, process.ExitCode == 0 ? stdout : stderr.Result);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SyriaTalks.sln")))
        {
            dir = dir.Parent;
        }
        Assert.NotNull(dir);
        return dir.FullName;
    }

    /// <summary>../shared beside the repository root (the folder holding SyriaTalks.sln), or SYRIATALKS_SHARED when set.</summary>
    private static string SharedFolder()
    {
        if (Environment.GetEnvironmentVariable("SYRIATALKS_SHARED") is { Length: > 0 } configured)
        {
            return configured;
        }
        var shared = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared"));
        Assert.True(Directory.Exists(shared), $"The shared corpus is expected at {shared} (or set SYRIATALKS_SHARED).");
        return shared;
    }
}
