using Bunit;
using SyriaTalks.Web.Features.Articles;

namespace SyriaTalks.Web.Tests.Features;

public sealed class ArticlePageTests : PageTestContext
{
    [Fact]
    public void TheArticleTextIsShownWithItsQuotesMarked()
    {
        var id = 0;
        Store(s =>
        {
            var a = s.Article("Talks pause", new DateOnly(2016, 2, 3), "Intro paragraph.\n\n\"This is not the end,\" said de Mistura.");
            s.Quote(a, "This is not the end,", "Staffan de Mistura");
            s.Save();
            id = a.Id;
        });

        var page = RenderPage<ArticlePage>($"/articles/{id}", p => p.Add(x => x.Id, id));

        page.WaitForAssertion(() => Assert.Equal("Talks pause", page.Find("[data-test=article-title]").TextContent));
        Assert.Equal(2, page.FindAll("[data-test=article-text] p").Count);
        var mark = page.Find("mark.quote");
        Assert.Equal("This is not the end,", mark.TextContent);
        Assert.Contains("Staffan de Mistura", mark.GetAttribute("title"));
    }

    [Fact]
    public void MarkupInTheArticleTextIsShownAsTextNeverRun()
    {
        var id = 0;
        Store(s =>
        {
            var a = s.Article("Payload", new DateOnly(2016, 2, 3), "Before <script>alert('x')</script> <img src=x onerror=alert(1)> after.");
            s.Save();
            id = a.Id;
        });

        var page = RenderPage<ArticlePage>($"/articles/{id}", p => p.Add(x => x.Id, id));

        page.WaitForAssertion(() => Assert.Contains("<script>alert('x')</script>", page.Find("[data-test=article-text]").TextContent));
        Assert.Empty(page.FindAll("[data-test=article-text] script"));
        Assert.Empty(page.FindAll("[data-test=article-text] img"));
    }

    [Fact]
    public void AnUnknownArticleSaysSo()
    {
        var page = RenderPage<ArticlePage>("/articles/999", p => p.Add(x => x.Id, 999));

        page.WaitForAssertion(() => Assert.Contains("There is no article 999", page.Find("[data-test=not-found]").TextContent));
    }
}
