using SyriaTalks.Ingestion.Reading;

namespace SyriaTalks.Ingestion.Tests.Reading;

public class NestingGuardTests
{
    [Fact]
    public void OrdinaryPageWithManyUnclosedParagraphsAndListItemsPassesUntouched()
    {
        var html = "<html><body><div><ul>" + string.Concat(Enumerable.Range(0, 2000).Select(i => $"<li>item {i}<p>text {i}"))
            + "</ul><script>if (a < b && c > d) { x = '<div>'; }</script></div></body></html>";

        Assert.Same(html, NestingGuard.Flatten(html));
    }

    [Fact]
    public void NestingPastTheCapLosesTagsButKeepsEveryWord()
    {
        var html = string.Concat(Enumerable.Repeat("<div class=\"x\">", 1000)) + "deep words" + string.Concat(Enumerable.Repeat("</div>", 1000)) + "<p>after</p>";

        var flat = NestingGuard.Flatten(html);

        Assert.Equal(NestingGuard.MaxDepth, flat.Split("<div").Length - 1);
        Assert.Equal(NestingGuard.MaxDepth, flat.Split("</div>").Length - 1);
        Assert.Contains("deep words", flat);
        Assert.EndsWith("<p>after</p>", flat);
    }

    [Theory]
    [InlineData("<ul><li>")]
    [InlineData("<b><i>")]
    [InlineData("<table><tr><td>")]
    [InlineData("<blockquote>")]
    public void TwentyThousandNestedTagsOfAnyKindStillGiveTheArticle(string open)
    {
        var html = $"<html><body><article><p>{Pages.P1}</p>" + string.Concat(Enumerable.Repeat(open, 20_000)) + $"<p>{Pages.P2}</p></article></body></html>";

        var a = new ArticleReader().ReadHtml(html);

        Assert.Contains(Pages.P1, a.Paragraphs);
        Assert.Contains(Pages.P2, a.Text);
    }
}
