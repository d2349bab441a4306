using Microsoft.Extensions.Configuration;
using SyriaTalks.Cli.Ingest;
using SyriaTalks.Testing;

namespace SyriaTalks.Cli.Tests.Ingest;

public sealed class IngestCommandTests
{
    private static readonly IConfiguration NoConfiguration = new ConfigurationBuilder().Build();

    private static async Task<(int Exit, string Out, string Err)> IngestAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await IngestCommand.RunAsync(args, stdout, stderr, NoConfiguration);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task AFolderIsSearchedRecursivelyAndEveryArticleIsStoredWithASummary()
    {
        using var folder = new ImportFolder(texts: 4, pages: 2);

        var (exit, stdout, _) = await IngestAsync(folder.Articles, "--db", folder.Database, "--published", "2016-02-03");

        Assert.Equal(0, exit);
        Assert.Equal(6, folder.Scalar<int>("SELECT COUNT(*) FROM Articles"));
        Assert.Contains("ingest: 6 files: 6 stored, 0 already stored, 0 updated, 0 failed.", stdout);
        Assert.Equal(6, stdout.Split('\n').Count(l => l.Contains(" created ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunningTheSameImportTwiceAddsNothingTheSecondTime()
    {
        using var folder = new ImportFolder(texts: 3, pages: 1);
        await IngestAsync(folder.Articles, "--db", folder.Database, "--published", "2016-02-03");

        var (exit, stdout, _) = await IngestAsync(folder.Articles, "--db", folder.Database, "--published", "2016-02-03");

        Assert.Equal(0, exit);
        Assert.Contains("0 stored, 4 already stored", stdout);
        Assert.Equal(4, folder.Scalar<int>("SELECT COUNT(*) FROM Articles"));
    }

    [Fact]
    public async Task AFileThatFailsMakesTheExitCodeNonZeroWhileTheOthersAreStored()
    {
        using var folder = new ImportFolder(texts: 2);
        File.WriteAllBytes(Path.Combine(folder.Articles, "scan.html"), SampleArticles.Pdf);
        File.WriteAllBytes(Path.Combine(folder.Articles, "empty.txt"), []);

        var (exit, stdout, stderr) = await IngestAsync(folder.Articles, "--db", folder.Database, "--published", "2016-02-03");

        Assert.Equal(1, exit);
        Assert.Contains("2 stored, 0 already stored, 0 updated, 2 failed.", stdout);
        Assert.Contains("scan.html: This looks like a PDF", stderr);
        Assert.Contains("empty.txt", stderr);
        Assert.Equal(2, folder.Scalar<int>("SELECT COUNT(*) FROM Articles"));
    }

    [Fact]
    public async Task AnArticleWithoutADateFailsAloneAskingForOne()
    {
        using var folder = new ImportFolder(texts: 1, pages: 1);

        var (exit, stdout, stderr) = await IngestAsync(folder.Articles, "--db", folder.Database);

        Assert.Equal(1, exit);
        Assert.Contains("1 stored", stdout);
        Assert.Contains("publication date", stderr);
    }

    [Fact]
    public async Task AMissingPathIsAUsageErrorThatTouchesNothing()
    {
        using var folder = new ImportFolder(texts: 0);

        var (exit, _, stderr) = await IngestAsync(Path.Combine(folder.Root, "nowhere"), "--db", folder.Database);

        Assert.Equal(2, exit);
        Assert.Contains("no such file or folder", stderr);
        Assert.False(File.Exists(folder.Database));
    }

    [Fact]
    public async Task ATextLongerThanAnyArticleIsRefusedBeforeTheEngineRuns()
    {
        using var folder = new ImportFolder(texts: 0);
        Directory.CreateDirectory(folder.Articles);
        var words = string.Join(' ', Enumerable.Repeat("The talks in Geneva went on.", 5000));
        File.WriteAllText(Path.Combine(folder.Articles, "long.txt"), "A very long article\n\n" + words);

        var (exit, _, stderr) = await IngestAsync(folder.Articles, "--db", folder.Database, "--published", "2016-02-03");

        Assert.Equal(1, exit);
        Assert.Contains("are not analysed", stderr);
    }
}
