using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyriaTalks.Extraction;
using SyriaTalks.Testing;
using SyriaTalks.Web.Features.Upload;

namespace SyriaTalks.Web.Tests.Upload;

/// <summary>The upload form when the engine throws on one of the files (<see cref="FailingEngine"/>: SampleArticles.Page(11) speaks of "story 11,").</summary>
public sealed class UploadEngineFailureTests() : PageTestContext(services => services.AddSingleton<IArticleAnalyzer>(new FailingEngine("story 11,")))
{
    [Fact]
    public async Task AFileOnWhichTheEngineFailsFailsAloneWithAMessageNamingItAndNothingOfItIsStored()
    {
        var page = RenderPage<UploadPage>("/upload");
        page.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromBinary(SampleArticles.PageBytes(11), "crash.html"),
            InputFileContent.CreateFromBinary(SampleArticles.PageBytes(12), "fine.html"));
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-test=upload-item][data-state=ready]").Count));

        page.Find("[data-test=save-all]").Click();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=upload-item][data-state=done]")), TimeSpan.FromSeconds(30));
        var error = Assert.Single(page.FindAll("[data-test=upload-item][data-state=failed] [data-test=item-error]")).TextContent;
        Assert.Contains("crash.html", error);
        Assert.Contains("nothing of it was stored", error);
        await using var db = Database.Open();
        var stored = Assert.Single(await db.Articles.ToListAsync());
        Assert.Contains("story 12,", stored.Text);
        Assert.Single(await db.AuditEntries.ToListAsync());
    }

    [Fact]
    public async Task PastedTextOnWhichTheEngineFailsIsAnsweredWithAMessageOnTheForm()
    {
        var page = RenderPage<UploadPage>("/upload");
        page.FindAll(".mud-tab").First(t => t.TextContent.Contains("Paste text")).Click();
        UploadPageTests.Input(page, "paste-title").Change("Talks resume");
        UploadPageTests.Input(page, "paste-published").Change("2016-02-03");
        UploadPageTests.Input(page, "paste-text", "textarea").Change("GENEVA - The talks resumed on Monday, story 11, after a pause.\n\n\"We are ready,\" the envoy said.");

        page.Find("[data-test=paste-submit]").Click();

        page.WaitForAssertion(() => Assert.Contains("nothing of it was stored", page.Find("[data-test=paste-error]").TextContent), TimeSpan.FromSeconds(30));
        await using var db = Database.Open();
        Assert.Equal(0, await db.Articles.CountAsync());
    }
}
