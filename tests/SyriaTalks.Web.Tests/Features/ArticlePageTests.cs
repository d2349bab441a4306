using Bunit;
using SyriaTalks.Domain;
using SyriaTalks.Web.Features.Articles;

namespace SyriaTalks.Web.Tests.Features;

public sealed class ArticlePageTests : PageTestContext
{
    private const string Text = "Intro paragraph.\n\n\"This is not the end,\" said de Mistura.\n\nRussian jets struck Aleppo on Wednesday, Russia said.";

    private int id;

    private void Seeded() => Store(s =>
    {
        var mistura = s.Actor("Staffan de Mistura");
        mistura.Aliases.Add(new ActorAlias { Name = "de Mistura", NormalizedName = "de mistura" });
        var a = s.Article("Talks pause", new DateOnly(2016, 2, 3), Text);
        s.Quote(a, "This is not the end,", "Staffan de Mistura");
        s.Event(a, new DateOnly(2016, 2, 3), EventKind.AirStrike, "Russian jets struck Aleppo on Wednesday, Russia said.", ["Russia"], ["Aleppo"]);
        s.Save();
        id = a.Id;
    });

    [Fact]
    public void TheArticleTextIsShownWithItsQuotesMarked()
    {
        Seeded();
        var page = RenderPage<ArticlePage>($"/articles/{id}", p => p.Add(x => x.Id, id));

        page.WaitForAssertion(() => Assert.Equal("Talks pause", page.Find("[data-test=article-title]").TextContent));
        Assert.Equal(3, page.FindAll("[data-test=article-text] p").Count);
        var mark = page.Find("mark.quote");
        Assert.Equal("This is not the end,", mark.TextContent);
        Assert.Contains("Staffan de Mistura", mark.GetAttribute("title"));
        Assert.StartsWith("quote-", mark.GetAttribute("id"));
    }

    [Fact]
    public void SpeakersActorsPlacesAndDatesAreMarkedInTheirOwnColourAndLeadToTheirPages()
    {
        Seeded();
        var page = RenderPage<ArticlePage>($"/articles/{id}", p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("a.ent")));

        var speaker = page.Find("a.ent.speaker");
        Assert.Equal("de Mistura", speaker.TextContent);
        Assert.StartsWith("/actors/", speaker.GetAttribute("href"));
        Assert.Equal("Russia", page.Find("a.ent.actor").TextContent);
        var place = page.Find("a.ent.place");
        Assert.Equal("Aleppo", place.TextContent);
        Assert.StartsWith("/places?place=", place.GetAttribute("href"));
        var date = page.Find("a.ent.date");
        Assert.Equal("Wednesday", date.TextContent);
        Assert.Equal("/?from=2016-02-03&to=2016-02-03", date.GetAttribute("href"));
    }

    [Fact]
    public void EventSentencesCarryTheAnchorTheTimelineLinksTo()
    {
        Seeded();
        var page = RenderPage<ArticlePage>($"/articles/{id}", p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("span.event")));

        using var db = Database.Open();
        var eventId = db.Events.Single().Id;
        var sentence = page.Find($"#event-{eventId}");
        Assert.Equal("Russian jets struck Aleppo on Wednesday, Russia said.", sentence.TextContent);
    }

    [Fact]
    public void MarkupInTheArticleTextIsShownAsTextNeverRun()
    {
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

    [Fact]
    public void TheArticleListFiltersByTitleAndLinksToEachArticlesEvents()
    {
        Seeded();
        Store(s => s.Article("Another story", new DateOnly(2016, 2, 4), "Nothing here."));

        var page = RenderPage<ArticlesPage>("/articles?title=pause");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=article-row]")));
        Assert.Contains("Talks pause", page.Find("[data-test=article-row]").TextContent);
        Assert.Contains(page.FindAll("a"), a => a.GetAttribute("href") == $"/?article={id}");
    }

    [Theory]
    [InlineData("talks resumed on Feb. 25", "Feb. 25")]
    [InlineData("on 3 February 2016 delegates met", "3 February 2016")]
    [InlineData("Talks broke down last week, he said", "last week")]
    [InlineData("Talks were due in February 2016.", "February 2016")]
    public void DateExpressionsOfNewsWritingAreFound(string text, string expected)
    {
        var (start, end) = Assert.Single(TextHighlighter.FindDates(text));

        Assert.Equal(expected, text[start..end]);
    }

    [Fact]
    public void MayAsAVerbIsNotADate()
    {
        Assert.Empty(TextHighlighter.FindDates("The talks may resume, he said."));
    }

    [Fact]
    public void NamesAreFoundAsWholeWordsLongestFirst()
    {
        var found = TextHighlighter.FindNames("Staffan de Mistura met Misturadas.", [("de Mistura", 1), ("Staffan de Mistura", 2), ("Mistura", 3)]).ToList();

        Assert.Equal([(0, 18, 2)], found);
    }
}
