using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyriaTalks.Testing;
using SyriaTalks.Web.Features.Upload;

namespace SyriaTalks.Web.Tests.Upload;

public sealed class UploadPageTests : PageTestContext
{
    private IRenderedComponent<UploadPage> Page() => RenderPage<UploadPage>("/upload");

    private static void Choose(IRenderedComponent<UploadPage> page, params InputFileContent[] files) =>
        page.FindComponent<InputFile>().UploadFiles(files);

    [Fact]
    public void AChosenPageIsPreviewedWithItsTitleAndItsPublicationDateFilledIn()
    {
        var page = Page();

        Choose(page, InputFileContent.CreateFromBinary(SampleArticles.PageBytes(1), "aleppo.html"));

        page.WaitForAssertion(() => Assert.Equal("ready", page.Find("[data-test=upload-item]").GetAttribute("data-state")));
        Assert.Equal("Aleppo offensive strains Geneva talks 1", page.Find("[data-test=preview-title]").TextContent);
        var date = page.Find("[data-test=published]");
        Assert.Equal("2016-02-03", (date.TagName == "INPUT" ? date : date.QuerySelector("input"))?.GetAttribute("value"));
    }

    [Fact]
    public void AFileThatStatesNoDateAsksForOneAndCannotBeSavedWithoutIt()
    {
        var page = Page();

        Choose(page, InputFileContent.CreateFromText(SampleArticles.Text(2), "statement.txt"));

        page.WaitForAssertion(() => Assert.Equal("needsdate", page.Find("[data-test=upload-item]").GetAttribute("data-state")));
        Assert.Contains("states no publication date", page.Find("[data-test=upload-item]").TextContent);
        Assert.True(page.Find("[data-test=save-all]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task SavingStoresEachFileAndLinksEachResultToItsArticle()
    {
        var page = Page();
        Choose(page,
            InputFileContent.CreateFromBinary(SampleArticles.PageBytes(3), "one.html"),
            InputFileContent.CreateFromBinary(SampleArticles.PageBytes(4), "two.html"));
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-test=upload-item][data-state=ready]").Count));

        page.Find("[data-test=save-all]").Click();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-test=item-result]").Count), TimeSpan.FromSeconds(30));
        await using var db = Database.Open();
        var ids = await db.Articles.Select(a => a.Id).ToListAsync();
        Assert.Equal(2, ids.Count);
        var links = page.FindAll("[data-test=article-link]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(ids.Select(id => $"/articles/{id}").Order(), links.Order());
    }

    [Fact]
    public async Task OneBadFileFailsAloneWhileTheOthersAreStored()
    {
        var page = Page();

        Choose(page,
            InputFileContent.CreateFromBinary(SampleArticles.Pdf, "report.html"),
            InputFileContent.CreateFromBinary(SampleArticles.PageBytes(5), "good.html"),
            InputFileContent.CreateFromBinary(SampleArticles.Png, "photo.txt"));
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=upload-item][data-state=ready]")));
        page.Find("[data-test=save-all]").Click();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=item-result]")), TimeSpan.FromSeconds(30));
        var errors = page.FindAll("[data-test=item-error]").Select(e => e.TextContent).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Contains("report.html") && e.Contains("PDF"));
        Assert.Contains(errors, e => e.Contains("photo.txt") && e.Contains("PNG"));
        await using var db = Database.Open();
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    [Fact]
    public void AnEmptyFileIsRefusedWithAClearMessage()
    {
        var page = Page();

        Choose(page, InputFileContent.CreateFromBinary([], "empty.html"));

        page.WaitForAssertion(() => Assert.Contains("empty", page.Find("[data-test=item-error]").TextContent));
    }

    [Fact]
    public void AFileOverTheLimitIsRefusedWithoutBeingRead()
    {
        var page = Page();
        var big = new byte[new UploadOptions().MaxBytes + 1];

        Choose(page, InputFileContent.CreateFromBinary(big, "huge.html"));

        page.WaitForAssertion(() => Assert.Contains("the limit is 5 MB", page.Find("[data-test=item-error]").TextContent));
    }

    [Fact]
    public void AFileOfAnotherTypeIsRefusedByItsName()
    {
        var page = Page();

        Choose(page, InputFileContent.CreateFromText(SampleArticles.Text(6), "notes.docx"));

        page.WaitForAssertion(() => Assert.Contains("not an .html, .htm or .txt file", page.Find("[data-test=item-error]").TextContent));
    }

    [Fact]
    public void APathLikeOrVeryLongFileNameIsShownShortenedToItsLastSegment()
    {
        var page = Page();

        Choose(page,
            InputFileContent.CreateFromText(SampleArticles.Text(7), "C:\\fakepath\\..\\secret\\statement.txt"),
            InputFileContent.CreateFromText(SampleArticles.Text(8), new string('n', 400) + ".txt"));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-test=upload-item][data-state=needsdate]").Count));
        var names = page.FindAll("[data-test=file-name]").Select(n => n.TextContent).ToList();
        Assert.Equal("statement.txt", names[0]);
        Assert.True(names[1].Length <= 120 && names[1].EndsWith(".txt", StringComparison.Ordinal), names[1]);
    }

    [Fact]
    public void MarkupInAPreviewedPageIsShownAsTextNeverAsElements()
    {
        var page = Page();

        Choose(page, InputFileContent.CreateFromBinary(SampleArticles.PageBytes(9, extraBody: SampleArticles.ScriptPayload), "payload.html"));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-test=preview]")));
        Assert.Empty(page.FindAll("[data-test=preview] script, [data-test=preview] iframe, [data-test=preview] img"));
        Assert.DoesNotContain("onerror", page.Markup);
    }

    [Fact]
    public void TooManyFilesAtOnceAreRefusedBeforeAnyIsRead()
    {
        var page = Page();

        Choose(page, [.. Enumerable.Range(0, 21).Select(i => InputFileContent.CreateFromText(SampleArticles.Text(100 + i), $"a{i}.txt"))]);

        page.WaitForAssertion(() => Assert.Contains("at most 20", page.Find("[data-test=picker-error]").TextContent));
        Assert.Empty(page.FindAll("[data-test=upload-item]"));
    }

    [Fact]
    public async Task PastedTextWithAHeadlineAndADateIsStoredUnderThatHeadline()
    {
        var page = Page();
        page.FindAll(".mud-tab").First(t => t.TextContent.Contains("Paste text")).Click();

        Input(page, "paste-title").Change("Convoy reaches Madaya <script>alert(1)</script>");
        Input(page, "paste-published").Change("2016-01-11");
        Input(page, "paste-text", "textarea").Change("The convoy reached Madaya on Monday, the Red Crescent said.\n\n\"People are starving,\" a local doctor said by telephone.");
        page.Find("[data-test=paste-submit]").Click();

        page.WaitForAssertion(() => Assert.Contains("Stored", page.Find("[data-test=paste-result]").TextContent), TimeSpan.FromSeconds(30));
        Assert.Contains("Convoy reaches Madaya &lt;script&gt;", page.Find("[data-test=paste-result]").InnerHtml);
        await using var db = Database.Open();
        var article = await db.Articles.SingleAsync();
        Assert.Equal("Convoy reaches Madaya <script>alert(1)</script>", article.Title);
        Assert.Equal(new DateOnly(2016, 1, 11), article.Published);
        Assert.StartsWith("The convoy reached Madaya", article.Text);
    }

    [Fact]
    public async Task UploadsBeyondTheAccountsPerMinuteBudgetAreRefusedSayingWhenToRetryAndNotStored()
    {
        Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<SyriaTalks.Web.Infrastructure.Access.AccessOptions>>().CurrentValue.UploadsPerMinute = 1;
        var page = Page();
        Choose(page,
            InputFileContent.CreateFromBinary(SampleArticles.PageBytes(5), "first.html"),
            InputFileContent.CreateFromBinary(SampleArticles.PageBytes(6), "second.html"));
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-test=upload-item][data-state=ready]").Count));

        page.Find("[data-test=save-all]").Click();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=upload-item][data-state=failed]")), TimeSpan.FromSeconds(30));
        var refused = page.Find("[data-test=upload-item][data-state=failed]");
        Assert.Contains("second.html was not stored", refused.TextContent);
        Assert.Matches(@"Try again in \d+ s", refused.TextContent);
        Assert.Single(page.FindAll("[data-test=upload-item][data-state=done]"));
        await using var db = Database.Open();
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    /// <summary>The input (or textarea) inside the form field marked <paramref name="test"/>.</summary>
    internal static AngleSharp.Dom.IElement Input(IRenderedComponent<UploadPage> page, string test, string tag = "input")
    {
        var element = page.Find($"[data-test={test}]");
        return element.TagName.Equals(tag, StringComparison.OrdinalIgnoreCase) ? element : element.QuerySelector(tag)!;
    }
}
