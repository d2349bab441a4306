using System.Diagnostics;

namespace SyriaTalks.Cli.Tests.Ingest;

/// <summary>The command line as a real process: killed with SIGKILL mid-import, and two imports at once on one database.</summary>
public sealed class IngestProcessTests
{
    private static string CliDll
    {
        get
        {
            var dll = Path.Combine(AppContext.BaseDirectory, "syriatalks.dll");
            return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} not found: build the tests first.");
        }
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [CliDll, "ingest", .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        return Process.Start(start) ?? throw new InvalidOperationException("the command did not start");
    }

    [Fact]
    public async Task KillingTheImportMidwayLeavesAConsistentStoreAndARerunCompletesItWithoutDuplicates()
    {
        const int total = 300;
        using var folder = new ImportFolder(texts: total);
        using var process = Start(folder.Articles, "--db", folder.Database, "--published", "2016-02-03");
        var done = 0;
        var stderrTask = process.StandardError.ReadToEndAsync();
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith('[') && ++done == 20)
            {
                process.Kill(); // SIGKILL: no chance to finish the current transaction or clean up
                break;
            }
        }
        await process.WaitForExitAsync();
        await stderrTask;
        Assert.True(done == 20, $"the import ended before it could be killed ({done} lines)");

        Assert.Equal("ok", folder.Scalar<string>("PRAGMA integrity_check"));
        Assert.Equal(0, folder.Scalar<int>("SELECT COUNT(*) FROM pragma_foreign_key_check"));
        var stored = folder.Scalar<int>("SELECT COUNT(*) FROM Articles");
        Assert.InRange(stored, 20, total - 1);
        // All or nothing: no actor or quote survives without the article it came from.
        Assert.Equal(0, folder.Scalar<int>("SELECT COUNT(*) FROM Actors a WHERE NOT EXISTS (SELECT 1 FROM ArticleActors x WHERE x.ActorId = a.Id)"));
        Assert.Equal(0, folder.Scalar<int>("SELECT COUNT(*) FROM Quotes q WHERE NOT EXISTS (SELECT 1 FROM Articles a WHERE a.Id = q.ArticleId)"));

        using var rerun = Start(folder.Articles, "--db", folder.Database, "--published", "2016-02-03");
        var output = await rerun.StandardOutput.ReadToEndAsync();
        await rerun.WaitForExitAsync();

        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains($"{total - stored} stored, {stored} already stored, 0 updated, 0 failed.", output);
        Assert.Equal(total, folder.Scalar<int>("SELECT COUNT(*) FROM Articles"));
        Assert.Equal(total, folder.Scalar<int>("SELECT COUNT(DISTINCT ContentHash) FROM Articles"));
        Assert.Equal("ok", folder.Scalar<string>("PRAGMA integrity_check"));
    }

    [Fact]
    public async Task TwoImportsOfTheSameFolderAtOnceStoreEachArticleOnceWithoutLockErrors()
    {
        const int total = 40;
        using var folder = new ImportFolder(texts: total);
        // The first creates the store, so that both then race on the articles, not on the migrations.
        using (var setup = Start(Path.Combine(folder.Articles, "texts", "0", "article-0000.txt"), "--db", folder.Database, "--published", "2016-02-03"))
        {
            await setup.WaitForExitAsync();
        }

        using var a = Start(folder.Articles, "--db", folder.Database, "--published", "2016-02-03");
        using var b = Start(folder.Articles, "--db", folder.Database, "--published", "2016-02-03");
        var outputs = await Task.WhenAll(
            a.StandardOutput.ReadToEndAsync(), a.StandardError.ReadToEndAsync(),
            b.StandardOutput.ReadToEndAsync(), b.StandardError.ReadToEndAsync());
        await Task.WhenAll(a.WaitForExitAsync(), b.WaitForExitAsync());

        Assert.True(a.ExitCode == 0 && b.ExitCode == 0, string.Join("\n", outputs));
        Assert.DoesNotContain(outputs, o => o.Contains("locked", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(total, folder.Scalar<int>("SELECT COUNT(*) FROM Articles"));
    }
}
