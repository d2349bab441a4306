using SyriaTalks.Ingestion.Reading;
using static SyriaTalks.Ingestion.Tests.Reading.Pages;

namespace SyriaTalks.Ingestion.Tests.Reading;

public class ArticleMetadataTests
{
    private readonly ArticleReader _reader = new();

    private ReadArticle ReadWithHead(string head, string? body = null, string? url = null) =>
        _reader.ReadHtml(Page(body ?? Article(P1, P2, P3), head), url);

    [Fact]
    public void TitleElementLosesTheSiteNameWhenNothingElseNamesTheArticle()
    {
        var a = _reader.ReadHtml(Page($"<div><p>{P1}</p><p>{P2}</p></div>", "<title>Talks Pause As Aleppo Line Is Cut | The Daily Example</title>"));

        Assert.Equal("Talks Pause As Aleppo Line Is Cut", a.Title);
    }

    [Fact]
    public void TitleDropsTheSegmentNamingTheOutlet()
    {
        var a = _reader.ReadHtml(Page($"<div><p>{P1}</p><p>{P2}</p></div>",
            "<title>Daily Example - Talks pause after two days as government forces cut the Aleppo line</title><meta property=\"og:site_name\" content=\"Daily Example\">"));

        Assert.Equal("Talks pause after two days as government forces cut the Aleppo line", a.Title);
        Assert.Equal("Daily Example", a.Outlet);
    }

    [Fact]
    public void VisibleHeadlineWinsOverAShorterSharingTitleThatAgreesWithIt()
    {
        var head = "<title>Prison guards charged in connection with Jeffrey Epstein's death</title>"
            + "<meta property=\"og:title\" content=\"Prison guards charged in connection with Jeffrey Epstein's death\">";
        var body = "<article><h1>Two federal prison officers charged with falsifying records in connection with Jeffrey Epstein's suicide</h1>"
            + $"<p>{P1}</p><p>{P2}</p></article>";

        var a = ReadWithHead(head, body);

        Assert.Equal("Two federal prison officers charged with falsifying records in connection with Jeffrey Epstein's suicide", a.Title);
    }

    [Fact]
    public void HeadlineThatMatchesNoMetadataDoesNotReplaceTheMetadataTitle()
    {
        var head = "<meta property=\"og:title\" content=\"Syrian peace talks implode as rebel stronghold is poised to fall\">";
        var body = $"<h1>The Daily Example</h1><article><p>{P1}</p><p>{P2}</p></article>";

        var a = ReadWithHead(head, body);

        Assert.Equal("Syrian peace talks implode as rebel stronghold is poised to fall", a.Title);
    }

    [Fact]
    public void AnH1ReadingOnlyTheSiteNameIsNotTheHeadline()
    {
        var head = "<title>Hsinchu_maple_viewing @ Steven's Home :: PIXNET ::</title><meta property=\"og:site_name\" content=\"Steven's Home\">";
        var body = $"<h1>PIXNET</h1><article><p>{P1}</p><p>{P2}</p></article>";

        var a = ReadWithHead(head, body);

        Assert.Equal("Hsinchu_maple_viewing @ Steven's Home", a.Title);
    }

    [Fact]
    public void OfTwoH1sTheOneLeadingTheTitleWinsOverTheSiteBanner()
    {
        var head = "<title>Evolve: Shared Mutable History \u2014 evolve extension for Mercurial</title>";
        var body = $"<div class=\"banner\"><h1>evolve extension for Mercurial</h1></div><article><h1>Evolve: Shared Mutable History</h1><p>{P1}</p><p>{P2}</p></article>";

        Assert.Equal("Evolve: Shared Mutable History", ReadWithHead(head, body).Title);
    }

    [Fact]
    public void AShortH1ThatLeadsTheTitleIsTheHeadline()
    {
        var body = $"<article><h1>About bugs</h1><p>{P1}</p><p>{P2}</p></article>";

        Assert.Equal("About bugs", ReadWithHead("<title>About bugs \u2013 Vortex Cannon Entertainment</title>", body).Title);
    }

    [Fact]
    public void AnH1RepeatingTheTitlesTrailingSegmentMarksThatSegmentAsTheSiteName()
    {
        var body = $"<div class=\"masthead\"><h1>Vortex Cannon Entertainment</h1></div><article><p>{P1}</p><p>{P2}</p></article>";

        Assert.Equal("About bugs", ReadWithHead("<title>About bugs \u2013 Vortex Cannon Entertainment</title>", body).Title);
    }

    [Fact]
    public void AHeadlineH1AfterALowerCaseLabelIsNotTakenForABanner()
    {
        var body = $"<article><h1>Talks pause as Aleppo line is cut</h1><p>{P1}</p><p>{P2}</p></article>";

        Assert.Equal("Talks pause as Aleppo line is cut", ReadWithHead("<title>breaking | Talks pause as Aleppo line is cut</title>", body).Title);
    }

    [Fact]
    public void AnH1AfterASectionLabelInTheTitleIsTheHeadline()
    {
        var body = $"<article><h1>Talks pause as Aleppo line is cut</h1><p>{P1}</p><p>{P2}</p></article>";

        Assert.Equal("Talks pause as Aleppo line is cut", ReadWithHead("<title>Analysis | Talks pause as Aleppo line is cut</title>", body).Title);
    }

    [Theory]
    [InlineData("Talks pause as Aleppo line is cut \u2013 My website")]
    [InlineData("Talks pause as Aleppo line is cut | Example blog")]
    [InlineData("Talks pause as Aleppo line is cut [LWN.net]")]
    [InlineData("Talks pause as Aleppo line is cut \u00BB Daily Example")]
    public void TitleLosesATrailingSegmentThatNamesTheSite(string title)
    {
        var a = ReadWithHead($"<title>{title}</title>", $"<div><p>{P1}</p><p>{P2}</p></div>");

        Assert.Equal("Talks pause as Aleppo line is cut", a.Title);
    }

    [Fact]
    public void ASegmentMentioningTheOutletInsideAHeadlineIsNotTheSiteName()
    {
        var head = "<title>Aleppo_talks_pause @ Steven's Home :: Portal ::</title><meta property=\"og:site_name\" content=\"Steven's Home\">";

        var a = ReadWithHead(head, $"<div><p>{P1}</p><p>{P2}</p></div>");

        Assert.Equal("Aleppo_talks_pause @ Steven's Home", a.Title);
    }

    [Fact]
    public void AMetadataTitleLeftAtTheSiteFrontPageTitleIsIgnored()
    {
        var head = "<title>Talks pause as Aleppo line is cut</title><meta property=\"og:title\" content=\"Daily Example - Latest News &amp; Headlines\">";

        var a = ReadWithHead(head, $"<div><p>{P1}</p><p>{P2}</p></div>");

        Assert.Equal("Talks pause as Aleppo line is cut", a.Title);
    }

    [Fact]
    public void TitleKeepsAColonThatBelongsToTheHeadline()
    {
        var head = "<title>Russia and Syria: U.S.-backed Syrian Forces Blocking Refugee Return</title>";
        var body = $"<article><h1>Russia and Syria: U.S.-backed Syrian Forces Blocking Refugee Return</h1><p>{P1}</p><p>{P2}</p></article>";

        Assert.Equal("Russia and Syria: U.S.-backed Syrian Forces Blocking Refugee Return", ReadWithHead(head, body).Title);
    }

    [Fact]
    public void JsonLdGivesHeadlineAuthorsDateAndPublisher()
    {
        var head = """
            <title>x</title>
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Example"},
              {"@type":"NewsArticle","headline":"Syria talks pause","datePublished":"2016-02-03T18:30:00-05:00",
               "dateModified":"2016-02-05T09:00:00Z","author":[{"@type":"Person","name":"Lisa Barrington"},{"@type":"Person","name":"Tom Perry"}],
               "publisher":{"@type":"Organization","name":"Reuters"}}]}
            </script>
            """;

        var a = ReadWithHead(head, $"<div><p>{P1}</p><p>{P2}</p></div>");

        Assert.Equal("Syria talks pause", a.Title);
        Assert.Equal("Lisa Barrington, Tom Perry", a.Byline);
        Assert.Equal(new DateOnly(2016, 2, 3), a.Published);
        Assert.Equal(new DateOnly(2016, 2, 5), a.Modified);
        Assert.Equal("Reuters", a.Outlet);
    }

    [Fact]
    public void JsonLdWrappedInCdataWithRawLineBreaksIsStillRead()
    {
        var head = "<script type=\"application/ld+json\">\n<![CDATA[\n{\"@type\":\"Article\",\"headline\":\"Talks pause\",\n\"datePublished\":\"2013-09-11T10:00:00-04:00\",\"description\":\"line one\nline two\"}\n]]>\n</script>";

        var a = ReadWithHead(head);

        Assert.Equal(new DateOnly(2013, 9, 11), a.Published);
    }

    [Fact]
    public void PublishedDateIsTheDateAsWrittenNotConvertedToUtc()
    {
        var a = ReadWithHead("<meta property=\"article:published_time\" content=\"2017-02-23T21:18:13-08:00\">");

        Assert.Equal(new DateOnly(2017, 2, 23), a.Published);
    }

    [Fact]
    public void PublishedDateWinsOverAnEarlierListedModifiedDate()
    {
        var a = ReadWithHead("<meta property=\"article:modified_time\" content=\"2025-01-07T09:08:22+00:00\"><meta property=\"article:published_time\" content=\"2020-07-10T14:15:42+00:00\">");

        Assert.Equal(new DateOnly(2020, 7, 10), a.Published);
        Assert.Equal(new DateOnly(2025, 1, 7), a.Modified);
    }

    [Fact]
    public void JsonLdDatePublishedWinsOverMetaTags()
    {
        var a = ReadWithHead("<meta name=\"date\" content=\"2015-12-11\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2015-10-15T02:19:15.607Z\"}</script>");

        Assert.Equal(new DateOnly(2015, 10, 15), a.Published);
    }

    [Fact]
    public void TimeElementGivesTheDateWhenNoMetadataDoes()
    {
        var body = $"<article><h1>Talks Pause</h1><time datetime=\"2019-11-18T10:00:00Z\">Nov. 18, 2019</time><p>{P1}</p><p>{P2}</p></article>";

        var a = ReadWithHead("<title>Talks Pause</title>", body);

        Assert.Equal(new DateOnly(2019, 11, 18), a.Published);
    }

    [Fact]
    public void DateInTheUrlIsUsedWhenThePageStatesNone()
    {
        var a = ReadWithHead("<title>Talks Pause</title>", url: "https://www.nytimes.com/2019/11/18/business/trump-trade-war-china.html");

        Assert.Equal(new DateOnly(2019, 11, 18), a.Published);
    }

    [Fact]
    public void VisiblePublishedLineGivesTheDateAsALastResort()
    {
        var body = $"<article><h1>Talks Pause</h1><div class=\"info\">Published 3 February 2016</div><p>{P1}</p><p>{P2}</p></article>";

        var a = ReadWithHead("<title>Talks Pause</title>", body);

        Assert.Equal(new DateOnly(2016, 2, 3), a.Published);
        Assert.DoesNotContain("Published", a.Text);
    }

    [Fact]
    public void PageWithoutAnyDateHasNoPublishedDate()
    {
        Assert.Null(ReadWithHead("<title>Talks Pause</title>").Published);
    }

    [Theory]
    [InlineData("<meta name=\"author\" content=\"By Russ Read\">", "Russ Read")]
    [InlineData("<meta name=\"author\" content=\"Staff\">", null)]
    [InlineData("<meta name=\"author\" content=\"Our Foreign Staff\">", null)]
    [InlineData("<meta name=\"author\" content=\"BY: JOE WEE Monday, 29 February 2016\">", "JOE WEE")]
    [InlineData("<meta name=\"byl\" content=\"By Ana Swanson\">", "Ana Swanson")]
    [InlineData("<meta name=\"author\" content=\"Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project\">", "Daniel Kahn Gillmor")]
    [InlineData("<meta name=\"author\" content=\"Russ Read Pentagon/Foreign Policy Reporter\">", "Russ Read")]
    [InlineData("<meta name=\"author\" content=\"November 18, 2019\">", null)]
    [InlineData("<meta property=\"article:author\" content=\"https://www.facebook.com/someone\">", null)]
    [InlineData("<meta name=\"author\" content=\"Sarah E. Needleman\">", "Sarah E. Needleman")]
    [InlineData("<meta name=\"author\" content=\"Bruce Y. Lee\">", "Bruce Y. Lee")]
    [InlineData("<meta name=\"author\" content=\"Pedro Morales y Juan P\u00E9rez\">", "Pedro Morales, Juan P\u00E9rez")]
    [InlineData("<meta name=\"author\" content=\"Rachael Link, MS, RD\">", "Rachael Link")]
    [InlineData("<meta name=\"author\" content=\"By TOM KRISHER, AP Auto Writer\">", "TOM KRISHER")]
    [InlineData("<meta name=\"author\" content=\"MEG KINNARD, ERRIN HAINES, Associated Press\">", "MEG KINNARD, ERRIN HAINES")]
    [InlineData("<meta name=\"author\" content=\"\u0422\u0435\u043A\u0441\u0442: \u041B\u0438\u0434\u0430 \u0411\u0443\u0441\u043B\u0430\u0435\u0432\u0430\">", "\u041B\u0438\u0434\u0430 \u0411\u0443\u0441\u043B\u0430\u0435\u0432\u0430")]
    [InlineData("<meta name=\"author\" content=\"Bradley M. Kuhn (http://ebb.org/bkuhn/)\">", "Bradley M. Kuhn")]
    [InlineData("<meta name=\"author\" content=\"Editorial\">", null)]
    [InlineData("<meta name=\"author\" content=\"AP, Reuters\">", "AP, Reuters")]
    [InlineData("<meta name=\"author\" content=\"Senior Foreign Correspondent\">", null)]
    public void BylineFromMetaIsCleanedToNames(string head, string? expected)
    {
        Assert.Equal(expected, ReadWithHead("<title>Talks</title>" + head).Byline);
    }

    [Fact]
    public void RepeatedAuthorTagsNameEveryAuthorAndSurnameFirstFormsAreTurned()
    {
        var head = "<title>remoteStorage</title><meta name=\"DC.Creator\" content=\"Kooman, F.\"><meta name=\"DC.Creator\" content=\"Jong, Michiel de\">";

        Assert.Equal("F. Kooman, Michiel de Jong", ReadWithHead(head).Byline);
    }

    [Fact]
    public void AnOutletSectionCreditedAfterTheNameIsNotAnAuthor()
    {
        var head = "<meta property=\"og:site_name\" content=\"CNN\"><meta name=\"author\" content=\"Jill Disis, CNN Business\">";

        Assert.Equal("Jill Disis", ReadWithHead(head).Byline);
    }

    [Fact]
    public void JsonLdOrganisationCreditedAsAuthorIsKeptWhenNoPersonIsNamed()
    {
        var head = "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"author\":{\"@type\":\"Organization\",\"name\":\"Contributors to Wikimedia projects\"}}</script>";

        Assert.Equal("Contributors to Wikimedia projects", ReadWithHead(head).Byline);
    }

    [Fact]
    public void BylineBoxIsCutAtItsLineBreakBeforeTheDate()
    {
        var body = "<article><h1>Talks Pause</h1><h3 class=\"byline\">by Jeff Foust<br><span class=\"datetime\">Monday, November 18, 2019</span></h3>"
            + $"<p>{P1}</p><p>{P2}</p></article>";

        Assert.Equal("Jeff Foust", ReadWithHead("<title>Talks Pause</title>", body).Byline);
    }

    [Fact]
    public void BylineBoxNamesEveryAuthorWithoutTheOutletCredit()
    {
        var head = "<meta property=\"og:site_name\" content=\"USA TODAY\">";
        var body = "<article><h1>Talks Pause</h1><div class=\"byline-section\"><span class=\"author\">Kevin Johnson and Kevin McCoy</span> <span class=\"publication\">USA TODAY</span></div>"
            + $"<p>{P1}</p><p>{P2}</p></article>";

        var a = ReadWithHead(head, body);

        Assert.Equal("Kevin Johnson, Kevin McCoy", a.Byline);
        Assert.DoesNotContain("Kevin", a.Text);
    }

    [Fact]
    public void RelAuthorLinkNamesTheAuthor()
    {
        var body = $"<article><h1>Talks Pause</h1><p class=\"x\">Story by <a rel=\"author\" href=\"/people/jane\">Jane Ferguson</a></p><p>{P1}</p><p>{P2}</p></article>";

        Assert.Equal("Jane Ferguson", ReadWithHead("<title>Talks Pause</title>", body).Byline);
    }

    [Fact]
    public void ByLineAboveTheArticleNamesTheAuthorAndIsNotBodyText()
    {
        var body = $"<article><h1>Talks Pause</h1><p>By Ana Swanson</p><p>{P1}</p><p>{P2}</p></article>";

        var a = ReadWithHead("<title>Talks Pause</title>", body);

        Assert.Equal("Ana Swanson", a.Byline);
        Assert.Equal([P1, P2], a.Paragraphs);
    }

    [Fact]
    public void AnOutletNamedAsAuthorIsKeptOnlyWhenNoPersonIsNamed()
    {
        var head = "<meta property=\"og:site_name\" content=\"Folha de S.Paulo\"><meta name=\"author\" content=\"Folha de S.Paulo\">"
            + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Bruno Rodrigues\"}}</script>";

        Assert.Equal("Bruno Rodrigues", ReadWithHead(head).Byline);
        Assert.Equal("PTI", ReadWithHead("<meta property=\"og:site_name\" content=\"PTI\"><meta name=\"author\" content=\"PTI\">").Byline);
    }

    [Fact]
    public void CanonicalUrlAndLanguageComeFromThePage()
    {
        var a = ReadWithHead("<link rel=\"canonical\" href=\"https://example.com/world/talks-pause\"><meta property=\"og:url\" content=\"https://example.com/other\">",
            url: "https://example.com/world/talks-pause?utm_source=x");

        Assert.Equal("https://example.com/world/talks-pause", a.Url);
        Assert.Equal("en", a.Language);
    }

    [Fact]
    public void OutletComesFromJsonLdPublisherWhenThereIsNoSiteName()
    {
        var a = ReadWithHead("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":\"NewsMediaOrganization\",\"name\":\"Deccan Herald\"}}</script>");

        Assert.Equal("Deccan Herald", a.Outlet);
    }
}

public class PageClockTests
{
    [Fact]
    public void MastheadClockIsNotThePublicationDate()
    {
        var body = "<header class=\"masthead\"><time datetime=\"2026-11-25\">Wednesday, 25 November</time></header>"
            + $"<article><header><h1>Talks Pause</h1><time datetime=\"2016-02-03T10:00:00Z\">Feb. 3, 2016</time></header><p>{Pages.P1}</p><p>{Pages.P2}</p></article>";

        var a = new SyriaTalks.Ingestion.Reading.ArticleReader().ReadHtml(Pages.Page(body, "<title>Talks Pause</title>"));

        Assert.Equal(new DateOnly(2016, 2, 3), a.Published);
    }
}

public class ForeignBylineTests
{
    [Theory]
    [InlineData("Par Sébastien Farcis", "Sébastien Farcis")]
    [InlineData("Von Anna Schmidt", "Anna Schmidt")]
    public void VisibleBylineInAnotherLanguageNamesTheAuthor(string line, string expected)
    {
        var body = $"<article><h1>Talks Pause</h1><p>{line}</p><p>{Pages.P1}</p><p>{Pages.P2}</p></article>";

        var a = new SyriaTalks.Ingestion.Reading.ArticleReader().ReadHtml(Pages.Page(body, "<title>Talks Pause</title>"));

        Assert.Equal(expected, a.Byline);
        Assert.Equal([Pages.P1, Pages.P2], a.Paragraphs);
    }

    [Fact]
    public void SentenceOpeningWithVonIsNotAByline()
    {
        var line = "Von Berlin aus wurde die Entscheidung scharf kritisiert, sagten Diplomaten am Mittwoch.";
        var body = $"<article><h1>Talks Pause</h1><p>{line}</p><p>{Pages.P1}</p></article>";

        var a = new SyriaTalks.Ingestion.Reading.ArticleReader().ReadHtml(Pages.Page(body, "<title>Talks Pause</title>"));

        Assert.Null(a.Byline);
        Assert.Equal(line, a.Paragraphs.First());
    }
}

public class AuthorBoxTests
{
    [Fact]
    public void AuthorsOfOtherStoriesInARelatedBoxAreNotTheByline()
    {
        var body = $"<main><article><h1>Talks Pause</h1><p>{Pages.P1}</p><p>{Pages.P2}</p>"
            + "<aside><span itemprop=\"author\"><span itemprop=\"name\">Nicolas Perriault</span></span></aside></article>"
            + "<div class=\"related-stories\"><span itemprop=\"author\">Someone Else</span></div></main>";

        var a = new SyriaTalks.Ingestion.Reading.ArticleReader().ReadHtml(Pages.Page(body, "<title>Talks Pause</title>"));

        Assert.Equal("Nicolas Perriault", a.Byline);
    }
}

public class OutletTests
{
    [Theory]
    [InlineData("Aktuálně.cz - Víte, co se právě děje", "Aktuálně.cz")]
    [InlineData("http://www.tmz.com", "tmz.com")]
    [InlineData("The New York Times", "The New York Times")]
    public void OutletIsTheSiteNameWithoutItsTagline(string siteName, string expected)
    {
        var head = $"<title>Talks Pause</title><meta property=\"og:site_name\" content=\"{siteName}\">";

        var a = new SyriaTalks.Ingestion.Reading.ArticleReader().ReadHtml(Pages.Page(Pages.Article(Pages.P1, Pages.P2), head));

        Assert.Equal(expected, a.Outlet);
    }
}
