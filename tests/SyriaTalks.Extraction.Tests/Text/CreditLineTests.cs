using SyriaTalks.Extraction.Text;

namespace SyriaTalks.Extraction.Tests.Text;

public class CreditLineTests
{
    [Theory]
    [InlineData("Maria Ostrova contributed reporting from Lisbon.")]
    [InlineData("Tomas Berg and Ana Lindqvist contributed to this report.")]
    [InlineData("Ruth Adler in Vienna contributed additional reporting.")]
    [InlineData("(Reporting by Omar Haddad in Amman; Editing by Clara Voss)")]
    [InlineData("(Additional reporting by Ida Moreau in Brussels; Writing by Lena Park)")]
    [InlineData("Additional reporting by Pavel Orlov in Minsk")]
    [InlineData("Reporting by Sami Karam; Editing by Hugh Lister")]
    public void ReportingCreditsAreRecognised(string line) => Assert.True(CreditLine.Is(line));

    [Theory]
    [InlineData("The minister said reporting from the front was banned.")]
    [InlineData("Donors contributed to the relief fund in Amman, the agency said.")]
    [InlineData("\"I contributed to this report,\" the analyst told a hearing in Lisbon.")]
    [InlineData("Editing the draft took the envoys two days in Vienna.")]
    public void StoryTextIsNotACredit(string line) => Assert.False(CreditLine.Is(line));

    [Fact]
    public void ALongParagraphMentioningReportingCreditsIsStoryText()
    {
        var paragraph = "Rescue workers contributed reporting from the flooded valley to the agency, which said "
            + string.Concat(Enumerable.Repeat("the water kept rising through the night and more villages were cut off, ", 4));
        Assert.False(CreditLine.Is(paragraph));
    }
}
