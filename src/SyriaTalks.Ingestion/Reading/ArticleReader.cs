using AngleSharp.Html.Parser;

namespace SyriaTalks.Ingestion.Reading;

/// <summary>Reads an article (body, title, byline, date, outlet) from an HTML page or plain text.</summary>
public sealed class ArticleReader
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Reads a file's bytes: HTML when the name or the content says so, plain text otherwise.</summary>
    public ReadArticle Read(ReadOnlySpan<byte> content, string fileName, string? url = null)
    {
        if (content.IsEmpty)
        {
            throw new ArticleReadException("The file is empty.");
        }
        var text = System.Text.Encoding.UTF8.GetString(content).TrimStart('\uFEFF');
        var isHtml = fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
            || fileName.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            || text.TrimStart().StartsWith('<');
        return isHtml ? ReadHtml(text, url) : ReadText(text);
    }

    /// <summary>Reads an HTML page. Throws <see cref="ArticleReadException"/> when it holds no article.</summary>
    public ReadArticle ReadHtml(string html, string? url = null)
    {
        var doc = Parser.ParseDocument(html);
        var paragraphs = doc.QuerySelectorAll("p")
            .Select(p => p.TextContent.Trim())
            .Where(t => t.Length > 0)
            .ToList();
        if (paragraphs.Count == 0)
        {
            throw new ArticleReadException("No article found: the page has no paragraphs of text.");
        }
        var title = doc.Title?.Trim() ?? paragraphs[0];
        return new ReadArticle(title, null, null, null, url, null, string.Join("\n\n", paragraphs));
    }

    /// <summary>Reads plain text: the first line is the title, the rest the body.</summary>
    public ReadArticle ReadText(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).ToList();
        var title = lines.FirstOrDefault(l => l.Length > 0)
            ?? throw new ArticleReadException("The text is empty.");
        var body = lines.SkipWhile(l => l != title).Skip(1).Where(l => l.Length > 0).ToList();
        if (body.Count == 0)
        {
            throw new ArticleReadException("No article found: the text has a title but no body.");
        }
        return new ReadArticle(title, null, null, null, null, null, string.Join("\n\n", body));
    }
}
