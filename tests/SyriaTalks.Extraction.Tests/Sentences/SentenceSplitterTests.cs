using SyriaTalks.Extraction.Sentences;

namespace SyriaTalks.Extraction.Tests.Sentences;

public class SentenceSplitterTests
{
    private static string[] Texts(string body) => [.. SentenceSplitter.Split(body).Select(s => s.Text)];

    [Fact]
    public void SentencesCarryOffsetsIntoTheBodyAndTheirParagraphNumber()
    {
        const string body = "First one. Second one.\n\nThird one.";
        var sentences = SentenceSplitter.Split(body);
        Assert.Equal(3, sentences.Count);
        Assert.All(sentences, s => Assert.Equal(s.Text, body[s.Start..s.End]));
        Assert.Equal([0, 0, 1], sentences.Select(s => s.Paragraph));
    }

    [Theory]
    [InlineData("The U.N. envoy said talks would resume. They did not.", 2)]
    [InlineData("Talks resume by Feb. 25 in Geneva. Nobody came.", 2)]
    [InlineData("Talks resume in Sept. 2016 at the latest.", 1)]
    [InlineData("Mr. Kerry met Gen. Smith and Gov. Brown on Tuesday.", 1)]
    [InlineData("John F. Kennedy was president.", 1)]
    [InlineData("He lives at No. 10 Downing Street.", 1)]
    [InlineData("The answer was no. He left.", 2)]
    [InlineData("The U.S. Secretary of State arrived.", 1)]
    [InlineData("Aid was sent by the U.S. The convoy arrived.", 2)]
    public void AbbreviationsEndASentenceOnlyWhenTheNextWordOpensOne(string body, int expected)
    {
        Assert.Equal(expected, Texts(body).Length);
    }

    [Fact]
    public void AQuotationIsNotSplitBeforeItsAttribution()
    {
        const string body = "\"U.S. policy failed. The main assumption was wrong,\" said Christopher Harmer. He left.";
        Assert.Equal(
            ["\"U.S. policy failed. The main assumption was wrong,\" said Christopher Harmer.", "He left."],
            Texts(body));
    }

    [Fact]
    public void AClosedQuotationEndsItsSentenceWhenANewSentenceFollows()
    {
        const string body = "\"It will be easy,\" a diplomat told Reuters. \"That's a very effective ceasefire.\" Then he left.";
        Assert.Equal(3, Texts(body).Length);
    }

    [Fact]
    public void AQuestionInsideAQuoteFollowedByItsSpeakerStaysOneSentence()
    {
        Assert.Single(Texts("\"Why now?\" he asked."));
    }

    [Theory]
    [InlineData("BEIRUT (Reuters) - Syrian troops advanced on Monday.", "Syrian troops advanced on Monday.")]
    [InlineData("GENEVA/MUSCAT (Reuters) - Talks began.", "Talks began.")]
    [InlineData("PARIS/UNITED NATIONS Major powers meet on Thursday.", "Major powers meet on Thursday.")]
    [InlineData("NATO Secretary General Jens Stoltenberg spoke.", "NATO Secretary General Jens Stoltenberg spoke.")]
    [InlineData("The talks - which began Monday - stalled.", "The talks - which began Monday - stalled.")]
    public void TheDatelineIsLeftOutOfTheFirstSentence(string body, string first)
    {
        Assert.Equal(first, Texts(body)[0]);
    }

    [Fact]
    public void AStrayQuotationMarkDoesNotStopSplitting()
    {
        Assert.Equal(3, Texts("He said \"no. Then he left. Nobody knows why.").Length);
    }

    [Fact]
    public void EmptyAndBlankBodiesHaveNoSentences()
    {
        Assert.Empty(SentenceSplitter.Split(""));
        Assert.Empty(SentenceSplitter.Split("  \n\n  "));
    }
}
