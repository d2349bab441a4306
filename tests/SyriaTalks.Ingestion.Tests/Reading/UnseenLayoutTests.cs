using SyriaTalks.Ingestion.Reading;
using static SyriaTalks.Ingestion.Tests.Reading.Pages;

namespace SyriaTalks.Ingestion.Tests.Reading;

/// <summary>Layouts met on pages the reader was not tuned on (docs/quality.md, "Pages never tuned on").</summary>
public class UnseenLayoutTests
{
    private const string LinkedLead =
        "<a href=\"https://example.org/release\">The opposition council published its negotiating position on Monday.</a> " +
        "The document, which runs to twelve pages, demands a transitional body with full executive powers.";

    private readonly ArticleReader _reader = new();

    [Fact]
    public void ParagraphOpeningWithALinkedSentenceIsArticleTextNotATeaser()
    {
        var a = _reader.ReadHtml(Page(Article(LinkedLead, P1, P2, P3)));

        Assert.Equal(
            ["The opposition council published its negotiating position on Monday. The document, which runs to twelve pages, demands a transitional body with full executive powers.", P1, P2, P3],
            a.Paragraphs);
    }

    [Fact]
    public void LinkedHeadlineRunIntoASummaryIsStillATeaser()
    {
        var teaser = "<a href=\"/other\">Opposition publishes its position ahead of Geneva round</a> The document demands a transitional body with full executive powers, officials said.";
        var body = $"<article><h1>Talks Pause As Aleppo Line Is Cut</h1><p>{P1}</p><p>{P2}</p><div class=\"card\"><p>{teaser}</p></div><p>{P3}</p><p>{P4}</p></article>";

        var a = _reader.ReadHtml(Page(body));

        Assert.Equal([P1, P2, P3, P4], a.Paragraphs);
    }

    [Fact]
    public void ArticleCutIntoMarkedPartsWithBoxesBetweenIsReadWhole()
    {
        const string lead = "The United Nations envoy said on Thursday that the next round of talks would open in Geneva on March 9, a week later than planned.";
        string[] rest =
        [
            P1, P2, P3, P4,
            "Diplomats said the delay was meant to give aid convoys time to reach besieged towns before the delegations sat down again.",
            "The opposition has said it will not return to the table until the bombardment of civilian areas stops and detainees are freed.",
        ];
        var body = $"""
            <article>
              <h1>Talks Pause As Aleppo Line Is Cut</h1>
              <div class="story-body"><p>{lead}</p></div>
              <div class="related-box"><h2>Related</h2><ul><li><a href="/a">Earlier talks collapsed in Geneva after two days</a></li><li><a href="/b">What the opposition wants from the talks</a></li></ul></div>
              <div class="story-body">{string.Concat(rest.Select(p => $"<p>{p}</p>"))}</div>
            </article>
            """;

        var a = _reader.ReadHtml(Page(body));

        Assert.Equal([lead, .. rest], a.Paragraphs);
    }

    [Fact]
    public void SectionWhoseIdIsItsHeadingIsReadEvenWhenTheHeadingUsesAFurnitureWord()
    {
        var body = $"""
            <div class="document">
              <h1>Reading the ceasefire terms</h1>
              <p>{P1}</p>
              <p>{P2}</p>
              <div class="section" id="sharing-the-draft-with-the-delegations">
                <h2>Sharing the draft with the delegations</h2>
                <p>{P3}</p>
                <p>{P4}</p>
              </div>
            </div>
            """;

        var a = _reader.ReadHtml(Page(body));

        Assert.Equal([P1, P2, "Sharing the draft with the delegations", P3, P4], a.Paragraphs);
    }

    [Fact]
    public void BoxWhoseIdIsItsFurnitureHeadingStaysOutWhenItHoldsLinks()
    {
        var body = $"""
            <div class="document">
              <h1>Talks Pause As Aleppo Line Is Cut</h1>
              <p>{P1}</p>
              <p>{P2}</p>
              <div id="related-stories-from-syria">
                <h2>Related stories from Syria</h2>
                <ul><li><a href="/a">Earlier talks collapsed in Geneva after only two days</a></li><li><a href="/b">What the opposition wants from the new round of talks</a></li></ul>
              </div>
              <p>{P3}</p>
            </div>
            """;

        var a = _reader.ReadHtml(Page(body));

        Assert.Equal([P1, P2, P3], a.Paragraphs);
    }

    [Fact]
    public void LongCommentThreadInsideTheArticleAreaIsLeftOutThoughItOutweighsTheArticle()
    {
        var comments = string.Concat(Enumerable.Range(1, 8).Select(i => $"""
            <li class="entry"><span class="who">Reader {i}</span>
            <p>I have followed these negotiations closely for years, and I honestly doubt this round will bring the ceasefire that everyone keeps promising us.</p></li>
            """));
        var body = $"""
            <div id="article-area">
              <h1>Talks Pause As Aleppo Line Is Cut</h1>
              <div class="text"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>
              <div id="comment-box" class="user-posts"><h3>Comments (8)</h3><ul>{comments}</ul></div>
            </div>
            """;

        var a = _reader.ReadHtml(Page(body));

        Assert.Equal([P1, P2, P3], a.Paragraphs);
    }

    [Fact]
    public void NumberedSlideshowCaptionsInsideTheArticleAreLeftOut()
    {
        var slides = string.Concat(Enumerable.Range(1, 5).Select(i => $"""
            <li><h2><span class="counter">{i}/5</span> Convoy number {i} reaches the town</h2>
            <p>Trucks carrying flour, medicine and blankets crossed the last checkpoint before the besieged town, aid workers said on the day.</p>
            <p class="credits">AFP</p></li>
            """));
        var body = $"""
            <article>
              <h1>Talks Pause As Aleppo Line Is Cut</h1>
              <p>{P1}</p>
              <div class="slides"><ul class="legends">{slides}</ul></div>
              <p>{P2}</p>
              <p>{P3}</p>
            </article>
            """;

        var a = _reader.ReadHtml(Page(body));

        Assert.Equal([P1, P2, P3], a.Paragraphs);
    }

    [Fact]
    public void NumberedPointsOfTheArticleThemselvesStay()
    {
        var body = $"""
            <article>
              <h1>Talks Pause As Aleppo Line Is Cut</h1>
              <p>{P1}</p>
              <h2>1 of 3: the ceasefire</h2>
              <p>{P2}</p>
              <p>{P3}</p>
              <h2>2 of 3: the prisoners</h2>
              <p>{P4}</p>
              <p>{P1}</p>
              <h2>3 of 3: the aid</h2>
              <p>{P2}</p>
            </article>
            """;

        var a = _reader.ReadHtml(Page(body));

        Assert.Equal([P1, "1 of 3: the ceasefire", P2, P3, "2 of 3: the prisoners", P4, P1, "3 of 3: the aid", P2], a.Paragraphs);
    }

    [Fact]
    public void SentenceTrailingOffWithALinkOnOneNameIsArticleText()
    {
        const string trailing = "In the end only one of the delegations, the <a href=\"/hnc\">High Negotiations Committee</a>, stayed in the hotel and kept talking\u2026";

        var a = _reader.ReadHtml(Page(Article(P1, P2, trailing, P3)));

        Assert.Equal([P1, P2, "In the end only one of the delegations, the High Negotiations Committee, stayed in the hotel and kept talking\u2026", P3], a.Paragraphs);
    }

    [Fact]
    public void SummaryCutShortUnderALinkedHeadlineIsStillATeaser()
    {
        const string teaser = "<a href=\"/other\">Aid convoy reaches Madaya</a> Trucks carrying flour and medicine crossed the last checkpoint before the besieged town on...";

        var a = _reader.ReadHtml(Page(Article(P1, P2, teaser, P3)));

        Assert.Equal([P1, P2, P3], a.Paragraphs);
    }

    [Fact]
    public void LinkedSubheadsOfAListArticleAreKept()
    {
        var body = $"""
            <article>
              <h1>Talks Pause As Aleppo Line Is Cut</h1>
              <p>{P1}</p>
              <h3><a href="https://example.org/geneva">1) The Geneva round</a></h3>
              <p>{P2}</p>
              <p>{P3}</p>
              <h3><a href="https://example.org/vienna">2) The Vienna group</a></h3>
              <p>{P4}</p>
              <p>{P1}</p>
            </article>
            """;

        var a = _reader.ReadHtml(Page(body));

        Assert.Equal([P1, "1) The Geneva round", P2, P3, "2) The Vienna group", P4, P1], a.Paragraphs);
    }

    [Fact]
    public void LinkedHeadingAfterTheLastParagraphIsNotASubhead()
    {
        var body = $"""
            <article>
              <h1>Talks Pause As Aleppo Line Is Cut</h1>
              <p>{P1}</p>
              <p>{P2}</p>
              <p>{P3}</p>
              <p>{P4}</p>
              <p>{P1}</p>
              <h3><a href="/other">Aid convoy reaches Madaya</a></h3>
            </article>
            """;

        var a = _reader.ReadHtml(Page(body));

        Assert.Equal([P1, P2, P3, P4, P1], a.Paragraphs);
    }

    [Fact]
    public void AdvertisingLabelBetweenParagraphsIsLeftOut()
    {
        var a = _reader.ReadHtml(Page(Article(P1, P2, "ADVERTISING", P3)));

        Assert.Equal([P1, P2, P3], a.Paragraphs);
    }

    [Fact]
    public void PromotedGalleryEmbeddedInTheArticleIsLeftOut()
    {
        const string blurb = "Security forces stormed the country\u2019s most prominent museum, freeing hostages and ending a siege by gunmen.";
        var body = $"""
            <article>
              <h1>Talks Pause As Aleppo Line Is Cut</h1>
              <div class="viewer viewer-embed-promo"><div class="viewer-bar">1 of 24</div><div class="viewer-blurb">{blurb}</div><div class="viewer-wait">Wait 1 second to continue.</div></div>
              <p>{P1}</p>
              <p>{P2}</p>
              <p>{P3}</p>
            </article>
            """;

        var a = _reader.ReadHtml(Page(body));

        Assert.Equal([P1, P2, P3], a.Paragraphs);
    }

    [Fact]
    public void EmbeddedPostInASharingBarIsStillQuotedText()
    {
        const string post = "We have crossed the last checkpoint with flour and medicine, and the first trucks are now inside the town.";
        var body = $"<article><h1>Talks Pause As Aleppo Line Is Cut</h1><p>{P1}</p><div class=\"share-embed\"><blockquote><p>{post}</p></blockquote></div><p>{P2}</p><p>{P3}</p></article>";

        var a = _reader.ReadHtml(Page(body));

        Assert.Equal([P1, post, P2, P3], a.Paragraphs);
    }

    [Fact]
    public void ClosingNoteIntroducingTheArticlesOwnAuthorIsLeftOut()
    {
        const string head = "<title>Talks Pause As Aleppo Line Is Cut | The Daily Example</title><meta name=\"author\" content=\"Dana Whitfield\">";
        const string note = "Dana Whitfield is a Beirut-based correspondent for The Daily Example. She previously covered Iraq.";

        var a = _reader.ReadHtml(Page(Article(P1, P2, P3, note), head));

        Assert.Equal("Dana Whitfield", a.Byline);
        Assert.Equal([P1, P2, P3], a.Paragraphs);
    }

    [Fact]
    public void ClosingParagraphAboutSomeoneElsesCareerStays()
    {
        const string head = "<title>Talks Pause As Aleppo Line Is Cut | The Daily Example</title><meta name=\"author\" content=\"Dana Whitfield\">";
        const string last = "Omar Haddad is a former correspondent for a state newspaper who defected to the opposition in 2012.";

        var a = _reader.ReadHtml(Page(Article(P1, P2, P3, last), head));

        Assert.Equal([P1, P2, P3, last], a.Paragraphs);
    }

    [Fact]
    public void SingleLinkedHeadlineInsideTheTextIsAnotherStorysNotASubhead()
    {
        var body = $"""
            <article>
              <h1>Talks Pause As Aleppo Line Is Cut</h1>
              <p>{P1}</p>
              <p>{P2}</p>
              <h3><a href="/other">\u2018We will not negotiate,\u2019 minister says</a></h3>
              <p>{P3}</p>
              <p>{P4}</p>
              <p>{P1}</p>
              <p>{P2}</p>
            </article>
            """;

        var a = _reader.ReadHtml(Page(body));

        Assert.Equal([P1, P2, P3, P4, P1, P2], a.Paragraphs);
    }

    [Fact]
    public void OpinionBodyWhoseClassSaysCommentIsNotTakenForACommentThread()
    {
        const string lead = "The ceasefire will hold only if the people who signed it believe they lose more by breaking it, and that is not yet true of anyone in Aleppo.";
        var body = $"""
            <article>
              <h1>Talks Pause As Aleppo Line Is Cut</h1>
              <div class="story">
                <p class="lead">{lead}</p>
                <div class="body-comment">{string.Concat(new[] { P1, P2, P3, P4, P1, P2 }.Select(p => $"<p>{p}</p>"))}</div>
              </div>
            </article>
            """;

        var a = _reader.ReadHtml(Page(body));

        Assert.Equal([lead, P1, P2, P3, P4, P1, P2], a.Paragraphs);
    }

    [Fact]
    public void TextAfterASelfClosedNamedAnchorIsArticleTextNotLinkText()
    {
        // HTML reads <a name="x"/> as an open element holding everything after it.
        var body = $"""<div id="article-body"><div class="inline-photo"><a name="top"/><img src="a.jpg"></div><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>""";

        var a = _reader.ReadHtml(Page(body));

        Assert.Equal([P1, P2, P3], a.Paragraphs);
    }

    [Fact]
    public void TextAfterASelfClosedHiddenIconIsStillRead()
    {
        // <i aria-hidden="true"/> opens an element that HTML carries over every paragraph after it.
        var body = $"""
            <div itemprop="articleBody">
              <p>{P1}</p><p>{P2}</p>
              <figure><img src="a.jpg"><p><figcaption><span>Aleppo on Wednesday.</span> <i class="fa fa-camera" aria-hidden="true"/>PHOTO AGENCY</figcaption></p></figure><p>{P3}</p><p>{P4}</p>
            </div>
            """;

        var a = _reader.ReadHtml(Page(body));

        Assert.Equal([P1, P2, P3, P4], a.Paragraphs);
    }

    [Fact]
    public void SentenceOpeningWithALinkedSourceBetweenArticleParagraphsIsKept()
    {
        const string sourced = "<a href=\"https://example.org/kpix\">The local station KPIX reported</a> Jain had moved to Berkeley in 2015, where she planned to study economics.";

        var a = _reader.ReadHtml(Page(Article(P1, P2, sourced, P3, P4)));

        Assert.Equal([P1, P2, "The local station KPIX reported Jain had moved to Berkeley in 2015, where she planned to study economics.", P3, P4], a.Paragraphs);
    }

    [Fact]
    public void PopOutAppealAfterTheArticleIsLeftOut()
    {
        var body = $"""
            <div class="page">
              {Article(P1, P2, P3)}
              <div class="bottom-popout hide"><div class="close">M</div><div class="desc">Is reporting in your blood? Become part of our community of readers.</div></div>
            </div>
            """;

        var a = _reader.ReadHtml(Page(body));

        Assert.Equal([P1, P2, P3], a.Paragraphs);
    }
}
