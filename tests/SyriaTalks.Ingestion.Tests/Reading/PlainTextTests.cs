using SyriaTalks.Ingestion.Reading;

namespace SyriaTalks.Ingestion.Tests.Reading;

public class PlainTextTests
{
    private readonly ArticleReader _reader = new();

    [Fact]
    public void SeedArticleComesOutAsItsTitleBylineAndBodyParagraphs()
    {
        var path = SharedData.PathOf("corpus", "dev", "dailycaller-2016-02-03", "article.txt");
        var lines = File.ReadAllLines(path).Where(l => l.Trim().Length > 0).ToList();

        var a = _reader.Read(File.ReadAllBytes(path), "article.txt");

        Assert.Equal("Syrian Peace Talks Implode As Key Rebel Stronghold Is Poised To Fall", a.Title);
        Assert.Equal("Russ Read", a.Byline);
        var paragraphs = a.Paragraphs.ToList();
        // The body runs from "Government forces..." to "Al-Assad has had backing...": the logo line, the
        // byline, "Font Size:", the Twitter and tips lines and the syndication notice are all dropped.
        var first = lines.FindIndex(l => l.StartsWith("Government forces", StringComparison.Ordinal));
        var last = lines.FindIndex(l => l.StartsWith("Al-Assad has had backing", StringComparison.Ordinal));
        Assert.Equal(lines[first..(last + 1)].Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))), paragraphs);
        Assert.Equal(10, paragraphs.Count);
    }

    [Fact]
    public void FurnitureLinesAreDroppedWhereverTheyStand()
    {
        var text = """
            Rebels Lose Supply Line Near Aleppo

            Example News Service logo
            By Jane Ferguson
            Font Size:

            Government forces near the Syrian city of Aleppo cut off a key rebel supply line on Wednesday, officials said.

            Advertisement

            The talks are taking a temporary pause after just two days, with a promise to restart later this month.

            Share this article

            Follow Jane Ferguson on Twitter

            Send tips to tips@example.com

            Content created by the Example News Foundation is available without charge to any eligible news publisher.
            """;

        var a = _reader.ReadText(text);

        Assert.Equal("Rebels Lose Supply Line Near Aleppo", a.Title);
        Assert.Equal("Jane Ferguson", a.Byline);
        Assert.Equal(
            ["Government forces near the Syrian city of Aleppo cut off a key rebel supply line on Wednesday, officials said.",
             "The talks are taking a temporary pause after just two days, with a promise to restart later this month."],
            a.Paragraphs);
    }

    [Fact]
    public void NameLineFollowedByAJobTitleLineIsTheByline()
    {
        var text = "Talks Pause\n\nLisa Barrington\nMiddle East Correspondent\n\nGovernment forces near the Syrian city of Aleppo cut off a key rebel supply line on Wednesday, officials said.\n";

        var a = _reader.ReadText(text);

        Assert.Equal("Lisa Barrington", a.Byline);
        Assert.Single(a.Paragraphs);
    }

    [Fact]
    public void DateLineUnderTheTitleGivesThePublicationDate()
    {
        var text = "Talks Pause\nFebruary 3, 2016\n\nGovernment forces near the Syrian city of Aleppo cut off a key rebel supply line on Wednesday, officials said.";

        var a = _reader.ReadText(text);

        Assert.Equal(new DateOnly(2016, 2, 3), a.Published);
        Assert.DoesNotContain("2016", a.Text);
    }

    [Fact]
    public void HardWrappedLinesAreJoinedIntoTheirParagraph()
    {
        var text = """
            Talks Pause

            Government forces near the Syrian city of Aleppo cut off a key rebel
            supply line on Wednesday, effectively halting any rebel progress in the
            city and putting an end to any substantive peace talks.

            The talks are taking a temporary pause after just two days.
            """;

        var a = _reader.ReadText(text);

        Assert.Equal(
            ["Government forces near the Syrian city of Aleppo cut off a key rebel supply line on Wednesday, effectively halting any rebel progress in the city and putting an end to any substantive peace talks.",
             "The talks are taking a temporary pause after just two days."],
            a.Paragraphs);
    }

    [Fact]
    public void WireCreditAtTheFootNamesTheReportersWhenNoBylineIsGiven()
    {
        var text = "Syria opposition to meet Tuesday\n\nBEIRUT (Reuters) - Syria's opposition will meet on Tuesday to discuss U.N.-led efforts to convene peace talks.\n\n(Reporting by Lisa Barrington and Tom Perry; Editing by Peter Graff)";

        Assert.Equal("Lisa Barrington, Tom Perry", _reader.ReadText(text).Byline);
    }

    [Fact]
    public void TitleWithoutBodyIsRefused()
    {
        var ex = Assert.Throws<ArticleReadException>(() => _reader.ReadText("Just a headline\n\n"));

        Assert.StartsWith("No article found", ex.Message);
    }
}

public class WireCreditTests
{
    private readonly ArticleReader _reader = new();

    private string? BylineOf(string credit) =>
        _reader.ReadText("Talks Pause\n\nGovernment forces near the Syrian city of Aleppo cut off a key rebel supply line on Wednesday, officials said. " + credit).Byline;

    [Theory]
    [InlineData("(Reporting by Lisa Barrington in Beirut and Omar Fahmy in Cairo; Editing by Mark Trevelyan)", "Lisa Barrington, Omar Fahmy")]
    [InlineData("(Additional reporting by Andreas Rinke and Arshad Mohammed, writing by Estelle Shirbon; Editing by Mark Heinrich)", "Estelle Shirbon")]
    [InlineData("(Additional reporting by Mark Hosenball and Yara Bayoumy; Editing by Ross Colvin)", null)]
    [InlineData("(Writing by Tom Perry/Laila Bassam; Editing by Paul Tait)", "Tom Perry, Laila Bassam")]
    [InlineData("(Reporting by Roberta Rampton in Hanover, Germany, and Arshad Mohammed in Washington; Editing by Jonathan Oatis)", "Roberta Rampton, Arshad Mohammed")]
    [InlineData("(Reporting by Lisa Barrington in Beirut, Tom Perry and Omar Fahmy; Editing by Mark Trevelyan)", "Lisa Barrington, Tom Perry, Omar Fahmy")]
    [InlineData("(Reporting by Reuters TV and Caroline Copley; Editing by Mark Trevelyan)", "Caroline Copley")]
    public void WriterNamedInTheCreditIsTheAuthorElseTheReporters(string credit, string? expected)
    {
        Assert.Equal(expected, BylineOf(credit));
    }
}
