using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using SyriaTalks.Testing;
using SyriaTalks.Web.Features.Upload;

namespace SyriaTalks.Web.Tests.Upload;

/// <summary>
/// The upload form when the database refuses a write: a trigger on the real SQLite store aborts every quote insert,
/// after the article's own row is written, so the test also sees that the ingest transaction leaves nothing behind.
/// </summary>
public sealed class UploadStoreFailureTests : PageTestContext
{
    private void RefuseQuotes(bool refuse)
    {
        using var db = Database.Open();
        db.Database.ExecuteSqlRaw(refuse
            ? "CREATE TRIGGER refuse_quotes BEFORE INSERT ON Quotes BEGIN SELECT RAISE(ABORT, 'disk I/O error (simulated)'); END;"
            : "DROP TRIGGER refuse_quotes;");
    }

    private IRenderedComponent<UploadPage>? page;

    // One page for the whole test, as a user keeps the form open between uploads.
    private IRenderedComponent<UploadPage> Save(params InputFileContent[] files)
    {
        page ??= RenderPage<UploadPage>("/upload");
        page.FindComponent<InputFile>().UploadFiles(files);
        var rendered = page;
        rendered.WaitForAssertion(() => Assert.Equal(files.Length, rendered.FindAll("[data-test=upload-item][data-state=ready]").Count));
        rendered.Find("[data-test=save-all]").Click();
        rendered.WaitForAssertion(() => Assert.Empty(rendered.FindAll("[data-test=upload-item][data-state=ready], [data-test=upload-item][data-state=saving]")), TimeSpan.FromSeconds(30));
        return rendered;
    }

    [Fact]
    public async Task AWriteTheDatabaseRefusesFailsThatFileWithAMessageAndLeavesTheStoreAsItWas()
    {
        Save(InputFileContent.CreateFromBinary(SampleArticles.PageBytes(5), "earlier.html"));
        int quotesBefore;
        await using (var db = Database.Open())
        {
            quotesBefore = await db.Quotes.CountAsync();
            Assert.True(quotesBefore > 0);
        }
        RefuseQuotes(true);

        var form = Save(InputFileContent.CreateFromBinary(SampleArticles.PageBytes(6), "refused.html"));

        var error = Assert.Single(form.FindAll("[data-test=upload-item][data-state=failed] [data-test=item-error]")).TextContent;
        Assert.Contains("refused.html", error);
        Assert.Contains("nothing of it was stored", error);
        await using (var db = Database.Open())
        {
            var stored = Assert.Single(await db.Articles.ToListAsync());
            Assert.Contains("story 5,", stored.Text);
            Assert.Equal(quotesBefore, await db.Quotes.CountAsync());
            Assert.Single(await db.AuditEntries.ToListAsync());
        }
    }

    [Fact]
    public async Task OnceTheDatabaseWritesAgainTheSameFileIsSaved()
    {
        RefuseQuotes(true);
        Save(InputFileContent.CreateFromBinary(SampleArticles.PageBytes(7), "retry.html"));
        RefuseQuotes(false);

        var form = Save(InputFileContent.CreateFromBinary(SampleArticles.PageBytes(7), "retry.html"));

        Assert.Single(form.FindAll("[data-test=upload-item][data-state=done]"));
        await using var db = Database.Open();
        Assert.Single(await db.Articles.ToListAsync());
        Assert.True(await db.Quotes.CountAsync() > 0);
    }
}
