using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SyriaTalks.Cli.Ingest;
using SyriaTalks.Extraction;
using SyriaTalks.Testing;

namespace SyriaTalks.Cli.Tests.Ingest;

/// <summary>
/// <c>ingest</c> when the engine throws on some articles: the real command, store and engine, with the engine wrapped
/// (through the command's own container, <see cref="FailingEngine"/>) so that it fails on the rounds a test names.
/// </summary>
public sealed class EngineFailureTests
{
    private static readonly IConfiguration NoConfiguration = new ConfigurationBuilder().Build();

    private static async Task<(int Exit, string Out, string Err)> IngestAsync(ImportFolder folder, IArticleAnalyzer? engine)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await IngestCommand.RunAsync([folder.Articles, "--db", folder.Database, "--published", "2016-02-03"], stdout, stderr, NoConfiguration,
            configureServices: engine is null ? null : services => services.AddSingleton(engine));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task AFileOnWhichTheEngineFailsIsReportedByPathAndCauseWhileEveryOtherFileIsStored()
    {
        using var folder = new ImportFolder(texts: 6);

        var (exit, stdout, stderr) = await IngestAsync(folder, FailingEngine.OnRounds(4));

        Assert.Equal(1, exit);
        Assert.Contains("ingest: 6 files: 5 stored, 0 already stored, 0 updated, 1 failed (1 of them by an error in SyriaTalks itself", stdout);
        var line = Assert.Single(stderr.Split('\n'), l => l.Contains(" failed ", StringComparison.Ordinal));
        Assert.Contains(folder.TextPath(4), line);
        Assert.Contains("InvalidOperationException", line);
        Assert.Contains(FailingEngine.Message, line);
        Assert.Contains("nothing of this file was stored", line);
        Assert.Equal(5, folder.Scalar<int>("SELECT COUNT(*) FROM Articles"));
        Assert.Equal(0, folder.Scalar<int>("SELECT COUNT(*) FROM Articles WHERE Title LIKE '%round 4'"));
    }

    [Fact]
    public async Task EngineFailuresInSeveralBatchesEachFailAloneAndLeaveNoPartOfTheirArticle()
    {
        // More files than one batch holds, failing in the first, the second and the last batch.
        using var folder = new ImportFolder(texts: 140);

        var (exit, stdout, stderr) = await IngestAsync(folder, FailingEngine.OnRounds(3, 70, 139));

        Assert.Equal(1, exit);
        Assert.Contains("137 stored, 0 already stored, 0 updated, 3 failed", stdout);
        foreach (var n in new[] { 3, 70, 139 })
        {
            Assert.Contains($"{folder.TextPath(n)}: the analysis failed", stderr);
        }
        Assert.Equal(137, folder.Scalar<int>("SELECT COUNT(*) FROM Articles"));
        Assert.Equal("ok", folder.Scalar<string>("PRAGMA integrity_check"));
        Assert.Equal(0, folder.Scalar<int>("SELECT COUNT(*) FROM Quotes q WHERE NOT EXISTS (SELECT 1 FROM Articles a WHERE a.Id = q.ArticleId)"));
    }

    [Fact]
    public async Task ARerunWithAWorkingEngineStoresOnlyTheFilesThatFailedBefore()
    {
        using var folder = new ImportFolder(texts: 5);
        await IngestAsync(folder, FailingEngine.OnRounds(1, 2));
        var quotesBefore = folder.Scalar<int>("SELECT COUNT(*) FROM Quotes");

        var (exit, stdout, _) = await IngestAsync(folder, engine: null);

        Assert.Equal(0, exit);
        Assert.Contains("ingest: 5 files: 2 stored, 3 already stored, 0 updated, 0 failed.", stdout);
        Assert.Equal(5, folder.Scalar<int>("SELECT COUNT(*) FROM Articles"));
        // The two articles now stored brought their own quotes, and only theirs: each sample article has the same few.
        Assert.Equal(quotesBefore * 5 / 3, folder.Scalar<int>("SELECT COUNT(*) FROM Quotes"));
    }
}
