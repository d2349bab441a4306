using SyriaTalks.Ingestion.Storing;

namespace SyriaTalks.Ingestion.Tests.Storing;

public sealed class SourceNameTests
{
    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\fakepath\\report.html", "report.html")]
    [InlineData("/var/tmp/./page.htm", "page.htm")]
    [InlineData("plain.txt", "plain.txt")]
    [InlineData("folder/", "untitled")]
    [InlineData("..", "untitled")]
    [InlineData("", "untitled")]
    [InlineData(null, "untitled")]
    public void OnlyTheLastPathSegmentIsKept(string? name, string expected) =>
        Assert.Equal(expected, SourceName.Sanitize(name));

    [Fact]
    public void ControlAndDirectionCharactersAreRemoved() =>
        Assert.Equal("evilfdp.html", SourceName.Sanitize("evil\u202Efdp\u0000\u0007.html"));

    [Fact]
    public void AVeryLongNameIsShortenedKeepingItsExtension()
    {
        var name = SourceName.Sanitize(new string('a', 5000) + ".html");

        Assert.Equal(SourceName.MaxLength, name.Length);
        Assert.EndsWith("….html", name);
    }

    [Fact]
    public void ShorteningNeverSplitsASurrogatePair()
    {
        var name = SourceName.Sanitize(string.Concat(Enumerable.Repeat("\U0001F600", 200)) + ".txt");

        Assert.False(name.Any(char.IsSurrogate) && name.Where(char.IsHighSurrogate).Count() != name.Where(char.IsLowSurrogate).Count());
        Assert.EndsWith(".txt", name);
    }
}
