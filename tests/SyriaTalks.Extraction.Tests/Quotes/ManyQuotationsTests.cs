using System.Text;

namespace SyriaTalks.Extraction.Tests.Quotes;

// Work is measured in bytes allocated on this thread, not wall time: allocation is deterministic, time is not.
public class ManyQuotationsTests
{
    private static long AllocatedByAnalyzing(string body)
    {
        var analyzer = new ArticleAnalyzer();
        analyzer.Analyze(new ArticleText("Warm up. \"Yes,\" he said.", new DateOnly(2016, 2, 3), "Warm up"));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var analysis = analyzer.Analyze(new ArticleText(body, new DateOnly(2016, 2, 3), "Talks"));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.NotEmpty(analysis.Quotes);
        return allocated;
    }

    // Style sheets leaked into a page's text: thousands of distinct dotted selectors with quoted strings, one paragraph.
    private static string SelectorParagraph(int chars)
    {
        var text = new StringBuilder();
        var random = new Random(7);
        for (var i = 0; text.Length < chars; i++)
        {
            text.Append($".comment-content-{i} #comments-{random.Next():x} .x{i}.y{random.Next(1000)}.z {{ content: \"item {i}\"; }} ");
        }
        return text.ToString();
    }

    private static string SaidParagraph(int sentences) =>
        string.Concat(Enumerable.Repeat("\"We will not go to Geneva\" said Staffan de Mistura. ", sentences));

    [Fact]
    public void AParagraphOfManyDistinctSelectorsIsReadInBoundedMemory()
    {
        Assert.InRange(AllocatedByAnalyzing(SelectorParagraph(100_000)), 0, 300_000_000);
    }

    [Fact]
    public void AParagraphOfManyAttributedQuotationsCostsWorkInProportionToItsLength()
    {
        var single = AllocatedByAnalyzing(SaidParagraph(1_000));
        var twice = AllocatedByAnalyzing(SaidParagraph(2_000));
        Assert.InRange(twice, 0, single * 3);
    }

    [Fact]
    public void EveryQuotationOfALongParagraphStillGoesToItsSpeaker()
    {
        var analysis = new ArticleAnalyzer().Analyze(new ArticleText(SaidParagraph(300), new DateOnly(2016, 2, 3), "Talks"));
        Assert.Equal(300, analysis.Quotes.Count);
        Assert.All(analysis.Quotes, q => Assert.Equal("Staffan de Mistura", q.Speaker));
    }
}
