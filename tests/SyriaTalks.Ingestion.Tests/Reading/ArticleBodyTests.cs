using SyriaTalks.Ingestion.Reading;
using static SyriaTalks.Ingestion.Tests.Reading.Pages;

namespace SyriaTalks.Ingestion.Tests.Reading;

public class ArticleBodyTests
{
    private readonly ArticleReader _reader = new();

    [Fact]
    public void BodyHoldsEveryArticleParagraphInOrderAndNothingElse()
    {
        var a = _reader.ReadHtml(Page(Article(P1, P2, P3, P4)));

        Assert.Equal([P1, P2, P3, P4], a.Paragraphs);
        Assert.Equal(string.Join("\n\n", P1, P2, P3, P4), a.Text);
    }

    [Fact]
    public void PageFurnitureAroundAndInsideTheArticleIsLeftOut()
    {
        var body = $"""
            <div class="cookie-banner"><p>We use cookies to improve your experience on our site, and by continuing you agree to our cookie policy.</p></div>
            <main>
              <article>
                <h1>Talks Pause As Aleppo Line Is Cut</h1>
                <div class="byline">By Russ Read</div>
                <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <span>Share this article with your friends and family today</span></div>
                <figure><img src="a.jpg"><figcaption>Syrian government forces near Aleppo on Wednesday, in a photo released by the army.</figcaption></figure>
                <p>{P1}</p>
                <div class="ad-slot"><p>Advertisement</p></div>
                <p>{P2}</p>
                <aside class="related-stories"><h3>Related</h3><p>Earlier talks in Geneva collapsed after only a few days of negotiations between the sides.</p></aside>
                <p>{P3}</p>
                <div class="newsletter-signup"><p>Sign up for our daily briefing and get the most important stories of the day in your inbox, every morning.</p></div>
                <p>{P4}</p>
              </article>
              <section id="comments"><h2>Comments</h2><p>I have been following this war for years and frankly I do not think these talks will ever succeed, sadly.</p></section>
            </main>
            <aside class="sidebar"><h2>Most read</h2><ol><li><a href="/a">Story one that everyone is reading today</a></li><li><a href="/b">Story two that many are reading now</a></li></ol></aside>
            """;

        var a = _reader.ReadHtml(Page(body));

        Assert.Equal([P1, P2, P3, P4], a.Paragraphs);
    }

    [Fact]
    public void ArticleSplitOverSiblingContainersIsReadWhole()
    {
        var body = $"""
            <div class="story">
              <div class="story-part"><p>{P1}</p><p>{P2}</p></div>
              <div class="inline-promo"><a href="/x">Watch: the war in 5 minutes</a></div>
              <div class="story-part"><p>{P3}</p><p>{P4}</p></div>
            </div>
            """;

        var a = _reader.ReadHtml(Page(body));

        Assert.Equal([P1, P2, P3, P4], a.Paragraphs);
    }

    [Fact]
    public void TextInDivsSeparatedByDoubleLineBreaksBecomesParagraphs()
    {
        var body = $"<div id=\"main\">{P1}<br><br>{P2}<br><br>{P3}</div>";

        var a = _reader.ReadHtml(Page(body));

        Assert.Equal([P1, P2, P3], a.Paragraphs);
    }

    [Fact]
    public void SingleLineBreaksInsideASentenceJoinTheLines()
    {
        var body = "<div>Government forces near the Syrian city of Aleppo cut off<br>a key rebel supply line on Wednesday, effectively halting<br>any rebel progress in the city.<br><br>" + P2 + "</div>";

        var a = _reader.ReadHtml(Page(body));

        Assert.Equal(
            ["Government forces near the Syrian city of Aleppo cut off a key rebel supply line on Wednesday, effectively halting any rebel progress in the city.", P2],
            a.Paragraphs);
    }

    [Fact]
    public void HeadingsListItemsAndBlockQuotesOfTheArticleAreTheirOwnParagraphs()
    {
        var body = $"""
            <article><h1>Talks Pause As Aleppo Line Is Cut</h1>
            <p>{P1}</p>
            <h2>What the opposition wants</h2>
            <ul><li>A halt to the bombardment of civilian areas in Aleppo and Homs before any talks.</li><li>The release of detainees held by the government, starting with women and children.</li></ul>
            <blockquote><p>There is nothing to negotiate. Just go home, a member of the opposition delegation said.</p></blockquote>
            <p>{P2}</p>
            </article>
            """;

        var a = _reader.ReadHtml(Page(body));

        Assert.Equal(
            [P1, "What the opposition wants",
             "A halt to the bombardment of civilian areas in Aleppo and Homs before any talks.",
             "The release of detainees held by the government, starting with women and children.",
             "There is nothing to negotiate. Just go home, a member of the opposition delegation said.", P2],
            a.Paragraphs);
    }

    [Fact]
    public void WhitespaceInsideAParagraphIsCollapsedToSingleSpaces()
    {
        var a = _reader.ReadHtml(Page(Article("Government   forces\n\t near the Syrian city of <b>Aleppo</b>\n cut off a key rebel supply line on Wednesday, officials said.", P2)));

        Assert.Equal("Government forces near the Syrian city of Aleppo cut off a key rebel supply line on Wednesday, officials said.", a.Paragraphs.First());
    }

    [Fact]
    public void TeaserCardsForOtherArticlesAreLeftOut()
    {
        var cards = string.Concat(Enumerable.Range(1, 6).Select(i => $"""
            <li><div class="card"><h3><a href="/story{i}">Another story about the war, number {i}</a></h3>
            <div class="card-summary">A long summary of another story that readers might also like, with a sentence that ends properly, number {i}.</div></div></li>
            """));
        var body = $"<div class=\"page\"><div class=\"col\">{Article(P1, P2, P3)}</div><div class=\"col\"><ul>{cards}</ul></div></div>";

        var a = _reader.ReadHtml(Page(body));

        Assert.Equal([P1, P2, P3], a.Paragraphs);
    }

    [Fact]
    public void LinkedHeadlineRunningIntoASummaryIsATeaserNotAParagraph()
    {
        var teasers = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<li><a href=\"/s{i}\">Indian-origin man pleads guilty in case {i}</a> <span>NEW YORK: An Indian-origin man has pleaded guilty to theft and embezzlement in a fraud scheme, prosecutors said...</span></li>"));
        var body = $"<div class=\"wrap\"><div class=\"news\"><ul>{teasers}</ul></div>{Article(P1, P2, P3)}</div>";

        var a = _reader.ReadHtml(Page(body));

        Assert.Equal([P1, P2, P3], a.Paragraphs);
    }

    [Fact]
    public void ScriptsStylesTemplatesAndHiddenElementsAreNotText()
    {
        var body = $$"""
            <article><h1>Talks Pause</h1>
            <script>var story = "This text is in a script and must never be read as part of the article body.";</script>
            <style>p { color: red; }</style>
            <noscript><p>Please enable JavaScript to read the rest of this article on our website.</p></noscript>
            <template><p>A template paragraph that the page would render later with script only.</p></template>
            <p>{{P1}}</p>
            <p style="display: none">A hidden paragraph that readers of the page never see on screen at all.</p>
            <p hidden>Another hidden paragraph, marked with the hidden attribute by the page.</p>
            <div aria-hidden="true"><p>Text hidden from assistive technology and from readers of the page.</p></div>
            <p>{{P2}}</p>
            </article>
            """;

        var a = _reader.ReadHtml(Page(body));

        Assert.Equal([P1, P2], a.Paragraphs);
    }

    [Fact]
    public void EmbeddedPostsInsideTheArticleAreKept()
    {
        var tweet = "Yes this is real and the state spent nearly half a million dollars on the campaign, officials confirmed.";
        var body = $"<article><p>{P1}</p><div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>{tweet}</p></blockquote></div><p>{P2}</p></article>";

        var a = _reader.ReadHtml(Page(body));

        Assert.Equal([P1, tweet, P2], a.Paragraphs);
    }

    [Fact]
    public void APageWithoutArticleTextIsRefusedWithNoArticleFound()
    {
        var body = "<div class=\"grid\"><ul><li><a href=\"/a\">World</a></li><li><a href=\"/b\">Business</a></li></ul><p>Loading...</p></div>";

        var ex = Assert.Throws<ArticleReadException>(() => _reader.ReadHtml(Page(body)));

        Assert.StartsWith("No article found", ex.Message);
    }

    [Fact]
    public void JsonLdArticleBodyStandsInWhenThePageRendersItsTextWithScript()
    {
        var ld = $$"""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks Pause","articleBody":"{{P1}}\n{{P2}}"}</script>""";
        var page = Page("<div id=\"app\"></div><script>render()</script>", "<title>Talks Pause</title>" + ld);

        var a = _reader.ReadHtml(page);

        Assert.Equal([P1, P2], a.Paragraphs);
    }

    [Fact]
    public void TenThousandNestedElementsAreReadWithoutOverflowingTheStack()
    {
        var deep = string.Concat(Enumerable.Repeat("<div>", 10_000)) + $"<p>{P1}</p><p>{P2}</p>" + string.Concat(Enumerable.Repeat("</div>", 10_000));

        // Run on a thread with a small stack, like the thread-pool threads the web app reads uploads on.
        ReadArticle? a = null;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                a = _reader.ReadHtml(Page(deep));
            }
            catch (Exception ex)
            {
                error = ex;
            }
        }, 512 * 1024);
        thread.Start();
        thread.Join();

        Assert.Null(error);
        Assert.NotNull(a);
        Assert.Equal([P1, P2], a.Paragraphs);
    }
}

public class MalformedPageTests
{
    [Fact]
    public void SelfClosedIframeOrScriptDoesNotSwallowTheArticle()
    {
        var html = "<html><body><article><p><iframe src=\"https://www.youtube.com/embed/x\" width=\"500\"/></p><script src=\"a.js\"/>"
            + $"<p>{Pages.P1}</p><p>{Pages.P2}</p></article></body></html>";

        var a = new SyriaTalks.Ingestion.Reading.ArticleReader().ReadHtml(html);

        Assert.Equal([Pages.P1, Pages.P2], a.Paragraphs);
    }
}

public class LinkedSentenceTests
{
    [Fact]
    public void SentenceWhoseNamesAreLinksIsKeptButALinkListIsNot()
    {
        const string linked = "<a href=\"/p/jvdb\">James Van Der Beek</a> has been eliminated from \u201C<a href=\"/t/dwts\">Dancing with the Stars</a>.\u201D";
        var body = $"<article><p>{Pages.P1}</p><p>{linked}</p><p><a href=\"/a\">Related: Assange profile</a></p><p>{Pages.P2}</p></article>";

        var a = new SyriaTalks.Ingestion.Reading.ArticleReader().ReadHtml(Pages.Page(body));

        Assert.Equal([Pages.P1, "James Van Der Beek has been eliminated from \u201CDancing with the Stars.\u201D", Pages.P2], a.Paragraphs);
    }
}

public class HiddenArticleTests
{
    [Fact]
    public void ArticleHiddenUntilAScriptRevealsItIsStillRead()
    {
        var body = $"<div id=\"content\" style=\"display:none\"><article><p>{Pages.P1}</p><p>{Pages.P2}</p></article></div><script>reveal()</script>";

        var a = new SyriaTalks.Ingestion.Reading.ArticleReader().ReadHtml(Pages.Page(body));

        Assert.Equal([Pages.P1, Pages.P2], a.Paragraphs);
    }
}

public class FurnitureLineTests
{
    [Theory]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Article continues below")]
    [InlineData("Read more: Syria's war in maps")]
    [InlineData("Photo: AFP/Getty Images")]
    [InlineData("Reuters/Omar Sanadiki")]
    [InlineData("Sign up for our newsletter")]
    [InlineData("Updated 3:15 p.m. ET Nov. 19, 2019")]
    [InlineData("Loading...")]
    public void FurnitureLineBetweenParagraphsIsDropped(string line)
    {
        var body = $"<article><p>{Pages.P1}</p><p>{line}</p><p>{Pages.P2}</p></article>";

        var a = new SyriaTalks.Ingestion.Reading.ArticleReader().ReadHtml(Pages.Page(body));

        Assert.Equal([Pages.P1, Pages.P2], a.Paragraphs);
    }

    [Theory]
    [InlineData("Published reports said the talks would resume on Feb. 25.")]
    [InlineData("Share prices in Damascus fell sharply after the announcement.")]
    [InlineData("Related talks in Vienna are due next month.")]
    public void SentenceThatMerelyStartsLikeFurnitureIsKept(string line)
    {
        var body = $"<article><p>{Pages.P1}</p><p>{line}</p><p>{Pages.P2}</p></article>";

        var a = new SyriaTalks.Ingestion.Reading.ArticleReader().ReadHtml(Pages.Page(body));

        Assert.Equal([Pages.P1, line, Pages.P2], a.Paragraphs);
    }
}
