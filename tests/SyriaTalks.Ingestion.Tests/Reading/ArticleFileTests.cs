using System.Text;
using SyriaTalks.Ingestion.Reading;
using static SyriaTalks.Ingestion.Tests.Reading.Pages;

namespace SyriaTalks.Ingestion.Tests.Reading;

public class ArticleFileTests
{
    private readonly ArticleReader _reader = new();

    private static Encoding Windows1252 => CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [Fact]
    public void UndeclaredWindows1252PageIsDecodedWithItsCurlyQuotes()
    {
        var html = Page(Article("\u201CThere is nothing to negotiate. Just go home,\u201D said Basma Kodmani, a member of the delegation.", P2))
            .Replace("<meta charset=\"utf-8\">", "", StringComparison.Ordinal);

        var a = _reader.Read(Windows1252.GetBytes(html), "page.html");

        Assert.StartsWith("\u201CThere is nothing to negotiate.", a.Paragraphs.First());
    }

    [Fact]
    public void DeclaredLatin1PageIsDecodedAsWindows1252()
    {
        var html = Page(Article("Caf\u00E9 owners in Aleppo said the \u2018pause\u2019 changed nothing for them, and shelling went on.", P2))
            .Replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">", StringComparison.Ordinal);

        var a = _reader.Read(Windows1252.GetBytes(html), "page.html");

        Assert.StartsWith("Caf\u00E9 owners in Aleppo said the \u2018pause\u2019", a.Paragraphs.First());
    }

    [Fact]
    public void DeclaredLegacyCharsetIsHonouredWhenTheBytesAreNotUtf8()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding("gb2312")!;
        var p = "\u8FD9\u6B3E\u4EA7\u54C1\u5177\u6709\u6781\u5176\u91CD\u8981\u7684\u610F\u4E49\uFF0C\u56E0\u4E3A\u8FD9\u610F\u5473\u7740\u672A\u6765\u7684\u4EBA\u5DE5\u667A\u80FD\u6280\u672F\u53EF\u80FD\u4E0D\u9700\u8981\u4EBA\u7C7B\u6765\u6559\u5B83\u5C31\u80FD\u56DE\u7B54\u95EE\u9898\u3002";
        var html = Page(Article(p, p + p)).Replace("<meta charset=\"utf-8\">", "<meta charset=\"gb2312\">", StringComparison.Ordinal);

        var a = _reader.Read(gbk.GetBytes(html), "page.html");

        Assert.Equal(p, a.Paragraphs.First());
    }

    [Fact]
    public void Utf8BytesAreReadAsUtf8EvenUnderAStaleLegacyDeclaration()
    {
        var html = Page(Article("Caf\u00E9 owners in Aleppo said the \u2018pause\u2019 changed nothing for them, and shelling went on.", P2))
            .Replace("<meta charset=\"utf-8\">", "<meta charset=\"windows-1252\">", StringComparison.Ordinal);

        var a = _reader.Read(Utf8(html), "page.html");

        Assert.StartsWith("Caf\u00E9 owners", a.Paragraphs.First());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AUtf8PageWithOneDamagedByteKeepsItsAccentsAndMarksOnlyTheDamage(bool stale1252Declaration)
    {
        var accented = string.Join(" ", Enumerable.Range(0, 60).Select(i => $"Caf\u00E9 {i} in Aleppo said the \u2018pause\u2019 changed nothing."));
        var html = Page(Article(accented, P2 + " The damaged byte is here: \u00E9 and the text goes on."));
        if (stale1252Declaration)
        {
            html = html.Replace("<meta charset=\"utf-8\">", "<meta charset=\"windows-1252\">", StringComparison.Ordinal);
        }
        var bytes = Utf8(html);
        // Cut the last "é" (C3 A9) in half: one lone lead byte in a page of well-formed UTF-8.
        var damaged = Array.LastIndexOf(bytes, (byte)0xA9);
        bytes[damaged] = (byte)'x';

        var a = _reader.Read(bytes, "page.html");

        Assert.StartsWith("Caf\u00E9 0 in Aleppo said the \u2018pause\u2019", a.Paragraphs.First());
        Assert.Contains("here: \uFFFDx and the text goes on", a.Text);
    }

    [Fact]
    public void Windows1252TextWithACoincidentalUtf8PairIsStillWindows1252()
    {
        // "Ã©" in Windows-1252 is C3 A9, a valid UTF-8 pair; the curly quotes around it are not.
        var html = Page(Article("\u201CThe \u00C3\u00A9 sign,\u201D said the \u2018engineer\u2019 of the talks, \u201Cis a typo.\u201D", P2))
            .Replace("<meta charset=\"utf-8\">", "", StringComparison.Ordinal);

        var a = _reader.Read(Windows1252.GetBytes(html), "page.html");

        Assert.StartsWith("\u201CThe \u00C3\u00A9 sign,\u201D", a.Paragraphs.First());
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void ByteOrderMarkDecidesTheEncoding(string kind)
    {
        var html = Page(Article("\u201CThis is not the end,\u201D said de Mistura, the U.N. envoy, to reporters in Geneva on Wednesday.", P2));
        var bytes = kind switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(html)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(html)],
            _ => (byte[])[.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(html)],
        };

        var a = _reader.Read(bytes, "page.html");

        Assert.StartsWith("\u201CThis is not the end,\u201D", a.Paragraphs.First());
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A }, "a PDF file")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0 }, "a PNG image")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46 }, "a JPEG image")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0 }, "a GIF image")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0 }, "a ZIP archive")]
    [InlineData(new byte[] { 0x3C, 0x70, 0x3E, 0x41, 0x00, 0x01, 0x02, 0x42, 0x43 }, "a binary file")]
    public void BinaryFilesAreRefusedWithWhatTheyAre(byte[] content, string kind)
    {
        var ex = Assert.Throws<ArticleReadException>(() => _reader.Read(content, "upload.html"));

        Assert.Contains(kind, ex.Message);
        Assert.Contains("not an article", ex.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    public void EmptyFileIsRefusedAsEmpty(string content)
    {
        var ex = Assert.Throws<ArticleReadException>(() => _reader.Read(Utf8(content), "article.txt"));

        Assert.Contains("empty", ex.Message);
    }

    [Fact]
    public void HtmlContentIsReadAsHtmlWhateverTheFileIsCalled()
    {
        var a = _reader.Read(Utf8(Page(Article(P1, P2))), "saved-page.txt");

        Assert.Equal([P1, P2], a.Paragraphs);
    }
}
