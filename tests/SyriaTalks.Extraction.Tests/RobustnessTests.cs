namespace SyriaTalks.Extraction.Tests;

public class RobustnessTests
{
    private static readonly string[] Pieces =
    [
        "\"", "\u201C", "\u201D", "'", "\u2018", "\u2019", ",", ".", ":", ";", "-", "\u2014", "\u2015", "(", ")", "\n\n", " ",
        "said", "told", "he", "she", "they", "it", "the", "a", "U.N.", "U.S.", "Mr.", "Feb.", "No.", "Reuters", "Assad",
        "Staffan de Mistura", "Kerry", "the ministry", "his group", "according to", "saying", "Russia", "in", "Iraq", "and",
        "HNC", "(HNC)", "High Negotiations Committee", "a senior Western diplomat", "BEIRUT (Reuters) -", "Rep.", "9/11",
        "al-Qaida-affiliated", "Ki-moon", "Syria's", "WAR", "?", "!", "...", "\u2026", "who", "what", "that", "spokeswoman for",
    ];

    [Fact]
    public void AnyMixOfWordsMarksAndPunctuationIsReadWithoutFailingAndOffsetsStayInTheText()
    {
        var random = new Random(20160203);
        var analyzer = new ArticleAnalyzer();
        for (var n = 0; n < 400; n++)
        {
            var body = string.Join(random.Next(3) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 60)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var title = string.Join(" ", Enumerable.Range(0, random.Next(0, 8)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var analysis = analyzer.Analyze(new ArticleText(body, new DateOnly(2016, 2, 3), title));
            foreach (var q in analysis.Quotes)
            {
                var text = q.InHeadline ? title : body;
                Assert.InRange(q.Start, 0, text.Length);
                Assert.InRange(q.End, q.Start, text.Length);
            }
            Assert.All(analysis.Sentences, s => Assert.Equal(s.Text, body[s.Start..s.End]));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("\u201C\u201D")]
    [InlineData("\"\"\"\"")]
    [InlineData(", said")]
    [InlineData("said \"")]
    [InlineData("\u2015")]
    public void DegenerateBodiesNeverFail(string body)
    {
        var analysis = new ArticleAnalyzer().Analyze(new ArticleText(body, new DateOnly(2016, 2, 3), body));
        Assert.NotNull(analysis);
    }
}
