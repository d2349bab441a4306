using SyriaTalks.Extraction.Events;
using SyriaTalks.Extraction.Places;
using SyriaTalks.Extraction.Sentences;

namespace SyriaTalks.Extraction.Tests.Events;

/// <summary>A run-on "sentence" (no full stops over 200,000 characters, as a fuzzer or a broken page makes) costs
/// work in proportion to its dates, not to its dates times its length.</summary>
public class RunOnSentenceTests
{
    private static readonly DateOnly Wednesday = new(2016, 2, 3);

    private static string RunOn(int length, string middle)
    {
        var filler = string.Concat(Enumerable.Repeat("the convoy waited at the crossing and ", length / 2 / 38 + 1));
        return filler[..(length / 2)] + middle + " " + filler[..(length / 2)];
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5_000)]
    [InlineData(100_000)]
    [InlineData(199_990)]
    public void ASummaryReadsOnlyAWindowAroundItsDateHoweverLongTheSentence(int at)
    {
        var sentence = string.Concat(Enumerable.Repeat("word ", 40_000));
        var (start, end) = (at, Math.Min(at + 6, sentence.Length));
        var (lo, hi) = EventSummarizer.Window(sentence, start, end);
        Assert.InRange(hi - lo, end - start, 2 * EventSummarizer.Reach + (end - start));
        Assert.True(lo <= start && end <= hi, $"[{lo}, {hi}) leaves out the date at [{start}, {end})");
    }

    [Fact]
    public void ANormalSentenceIsReadWhole()
    {
        const string sentence = "Rebels seized the airport on Sunday after a week of fighting, officials said.";
        Assert.Equal((0, sentence.Length), EventSummarizer.Window(sentence, 28, 37));
    }

    [Fact]
    public void ADateDeepInARunOnSentenceIsSummarisedFromItsOwnClause()
    {
        var body = RunOn(200_000, "; rebels seized the airport on Sunday;");
        var sentences = SentenceSplitter.Split(body);
        Assert.Single(sentences);
        var e = Assert.Single(new EventExtractor().Extract(new ArticleText(body, Wednesday), sentences, [], new PlaceFinder().Find(body, sentences)));
        Assert.Contains("rebels seized the airport", e.Summary, StringComparison.OrdinalIgnoreCase);
        Assert.InRange(e.Summary.Split(' ').Length, 3, 21);
        Assert.Equal(new DateOnly(2016, 1, 31), e.Date);
    }
}
