namespace SyriaTalks.Extraction.Tests.Quotes;

public class QuoteFindingTests
{
    [Fact]
    public void StraightAndCurlyDoubleQuotesAreBothFound()
    {
        var analysis = Analyze.Body("\"We will attend,\" he said.", "\u201CWe will not,\u201D she said.");
        Assert.Equal(["We will attend,", "We will not,"], analysis.Quotes.Select(q => q.Text));
    }

    [Fact]
    public void QuoteOffsetsPointAtTheQuotedTextInTheBody()
    {
        const string body = "Kerry said: \"The real test is on the ground.\"";
        var quote = Assert.Single(Analyze.Body(body).Quotes);
        Assert.Equal("The real test is on the ground.", body[quote.Start..quote.End]);
        Assert.False(quote.InHeadline);
    }

    [Fact]
    public void AQuoteReopenedAtEachParagraphAndClosedAtTheEndIsOneQuote()
    {
        var analysis = Analyze.Body(
            "\"We want a political solution. The regime does not.",
            "\"We will keep talking,\" said Salem al-Meslet, the opposition spokesman.");
        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("We want a political solution. The regime does not. We will keep talking,", quote.Text);
        Assert.Equal("Salem al-Meslet", quote.Speaker);
    }

    [Fact]
    public void AStrayMarkNeverSwallowsTheRestOfTheArticle()
    {
        var analysis = Analyze.Body(
            "The envoy said the \"talks would resume in Geneva.",
            "Fighting continued near Aleppo.",
            "\"This is not the end,\" said Staffan de Mistura.");
        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("This is not the end,", quote.Text);
    }

    [Fact]
    public void SingleQuotesNestedInADoubleQuoteStayInside()
    {
        var quote = Assert.Single(Analyze.Body("\"They call it a 'temporary pause' but it is over,\" a diplomat said.").Quotes);
        Assert.Equal("They call it a 'temporary pause' but it is over,", quote.Text);
    }

    [Fact]
    public void APartialQuoteInIndirectSpeechIsAQuote()
    {
        var analysis = Analyze.Body("One U.N. diplomatic source said Russia was \"stringing Kerry along\" to help Assad.");
        Assert.Equal("stringing Kerry along", Assert.Single(analysis.Quotes).Text);
    }

    [Fact]
    public void HeadlineQuotesAreMarkedAndIndexIntoTheTitle()
    {
        const string title = "Syria opposition blames Russia for 'obstacles'";
        var analysis = Analyze.Article(title, "The opposition met on Tuesday.");
        var quote = Assert.Single(analysis.Quotes);
        Assert.True(quote.InHeadline);
        Assert.Equal("obstacles", title[quote.Start..quote.End]);
    }

    [Fact]
    public void ApostrophesInAHeadlineAreNotQuotes()
    {
        var analysis = Analyze.Article("Turkey's border stays shut as Assad's forces advance", "Nothing was said.");
        Assert.Empty(analysis.Quotes);
    }

    [Fact]
    public void AQuotationOpenedAtASentenceStartWhoseCloseIsMissingEndsWithItsParagraph()
    {
        var analysis = Analyze.Body(
            "\"We've always made clear that more is needed,\" spokesman John Kirby said on Tuesday. \"A holistic campaign is the only way.",
            "(Reporting by Mark Hosenball)");
        Assert.Equal("A holistic campaign is the only way.", analysis.Quote("A holistic").Text);
        Assert.Equal("John Kirby", analysis.Quote("A holistic").Speaker);
    }
    [Fact]
    public void SentencesReopenedWithoutClosingInOneParagraphAreOneQuotation()
    {
        var analysis = Analyze.Body(
            "Mr Wallace said: \"Accepting students shows the high regard. \"We want students to choose freely. \"Very often the quality is enhanced.\"",
            "Applications have risen.");
        var quote = Assert.Single(analysis.Quotes);
        Assert.StartsWith("Accepting students", quote.Text, StringComparison.Ordinal);
        Assert.EndsWith("enhanced.", quote.Text, StringComparison.Ordinal);
        Assert.Equal("Wallace", quote.Speaker);
    }
}
