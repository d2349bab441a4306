using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace SyriaTalks.Ingestion.Reading;

/// <summary>Reads an article (body, title, byline, date, outlet) from an HTML page or plain text.</summary>
public sealed partial class ArticleReader
{
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"];

    /// <summary>Reads a file's bytes: HTML when the name or the content says so, plain text otherwise.</summary>
    public ReadArticle Read(ReadOnlySpan<byte> content, string fileName, string? url = null)
    {
        var text = PageDecoder.Decode(content);
        if (text.Trim().Length == 0)
        {
            throw new ArticleReadException("The file is empty: upload a saved news page (.html, .htm) or the article's text (.txt).");
        }
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var isHtml = HtmlExtensions.Contains(extension) || LooksLikeHtml(text);
        return isHtml ? ReadHtml(text, url) : ReadText(text);
    }

    /// <summary>Reads an HTML page. Throws <see cref="ArticleReadException"/> when it holds no article.</summary>
    public ReadArticle ReadHtml(string html, string? url = null)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            throw new ArticleReadException("The page is empty: there is no article to read.");
        }
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = true });
        using var doc = parser.ParseDocument(NestingGuard.Flatten(CloseSelfClosedRawText(html)));
        var facts = PageMetadata.Read(doc, url);
        if (doc.DocumentElement is null)
        {
            throw new ArticleReadException("No article found: the page has no content.");
        }
        var walker = TextUnitWalker.Walk(doc.DocumentElement);
        var units = ContentExtractor.Select(walker, facts.Title);
        if (units.Count == 0)
        {
            // Some pages ship the article hidden and let a script reveal it.
            walker = TextUnitWalker.Walk(doc.DocumentElement, respectHidden: false);
            units = ContentExtractor.Select(walker, facts.Title);
        }
        var paragraphs = units.Select(u => u.Text).ToList();
        if (paragraphs.Count == 0 && facts.JsonLdBody is { } ldBody && TextNormal.Collapse(ldBody).Length >= 200)
        {
            // A page that renders its text with script still states it in its JSON-LD.
            paragraphs = ldBody.Replace("\r\n", "\n").Split('\n').Select(TextNormal.Collapse).Where(p => p.Length > 0).ToList();
        }
        if (paragraphs.Count == 0)
        {
            throw new ArticleReadException("No article found: the page has no paragraphs of article text (is it a section front, a gallery or an error page?).");
        }

        var byline = facts.Byline ?? VisibleByline(walker)
            ?? walker.Units.Select(u => PlainTextReader.CreditLine(u.Text)).LastOrDefault(b => b is not null);
        var published = facts.Published ?? VisiblePublished(walker) ?? facts.Modified;
        var title = facts.Title
            ?? walker.Units.FirstOrDefault(u => u.Kind == UnitKind.Heading && u.HeadingLevel <= 2 && !ContentExtractor.IsFurnitureLine(u.Text)
                                               && u.Text.Length is >= 10 and <= 200)?.Text
            ?? FirstSentence(paragraphs[0]);
        DropClosingAuthorNote(paragraphs, byline);
        return new ReadArticle(title, byline, published, facts.Outlet, facts.Url ?? url, facts.Language,
            string.Join("\n\n", paragraphs), facts.Modified);
    }

    // "Erin Cunningham is an Egypt-based correspondent for The Post." closing the page introduces the
    // article's own author, whom the byline already names: a note about the page, not a line of the story.
    private static void DropClosingAuthorNote(List<string> paragraphs, string? byline)
    {
        if (byline is null || paragraphs.Count < 2)
        {
            return;
        }
        var names = byline.Split([',', '&'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(n => n.Split(" and ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(n => n.Contains(' ', StringComparison.Ordinal))
            .ToList();
        while (paragraphs.Count > 1 && names.Exists(n => IsAuthorNote(paragraphs[^1], n)))
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }
    }

    private static bool IsAuthorNote(string paragraph, string name) =>
        paragraph.Length < 400 && paragraph.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase)
        && AuthorNote().IsMatch(paragraph.AsSpan(name.Length));

    /// <summary>Reads plain text: the first line is the title, byline and furniture lines are dropped, the rest is the body.</summary>
    public ReadArticle ReadText(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleReadException("The text is empty: there is no article to read.");
        }
        return PlainTextReader.Read(text.TrimStart('\uFEFF'));
    }

    // "<iframe ... />" and "<script src=... />" are XHTML habits that HTML5 reads as an open element whose
    // raw text runs to the end of the page, swallowing the article; close them where they stand.
    private static string CloseSelfClosedRawText(string html) =>
        html.Contains("/>", StringComparison.Ordinal)
            ? SelfClosedElement().Replace(SelfClosedRawText().Replace(html, "<$1$2></$1>"), CloseUnlessVoid)
            : html;

    // The same habit on ordinary elements (<a name="x"/>, <i class="icon" aria-hidden="true"/>, <span/>) opens an
    // element that HTML carries on over the text after it, turning an article into link text or hiding it with
    // the icon; the writer meant an empty element.
    private static string CloseUnlessVoid(Match m) =>
        VoidElements.Contains(m.Groups[1].Value) ? m.Value : $"<{m.Groups[1].Value}{m.Groups[2].Value}></{m.Groups[1].Value}>";

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "command", "basefont", "bgsound", "frame", "image",
    };

    // A page that names itself nowhere is titled by its opening sentence, not its whole first paragraph.
    private static string FirstSentence(string paragraph)
    {
        var end = paragraph.IndexOf(". ", StringComparison.Ordinal);
        return end is > 20 and < 200 ? paragraph[..(end + 1)] : paragraph.Length <= 200 ? paragraph : paragraph[..200].TrimEnd() + "\u2026";
    }

    private static bool LooksLikeHtml(string text)
    {
        var head = text.Length > 2048 ? text[..2048] : text;
        return HtmlStart().IsMatch(head);
    }

    // "By Ana Swanson" printed above the article, when no metadata names the author.
    private static string? VisibleByline(TextUnitWalker walker)
    {
        foreach (var u in walker.Units)
        {
            if (ContentExtractor.IsByline(u.Text) && Bylines.Clean(u.Text) is { } b)
            {
                return b;
            }
        }
        return null;
    }

    // "Published 18 November 2019" or a bare dateline date near the headline.
    private static DateOnly? VisiblePublished(TextUnitWalker walker)
    {
        DateOnly? bare = null;
        foreach (var u in walker.Units)
        {
            if (u.Text.Length > 100)
            {
                continue;
            }
            if (PublishedLine().IsMatch(u.Text) && DateText.Parse(u.Text) is { } d)
            {
                return d;
            }
            if (bare is null && DateText.LooksLikeDate(u.Text) && !UpdatedLine().IsMatch(u.Text))
            {
                bare = DateText.Parse(u.Text);
            }
        }
        return bare;
    }

    [GeneratedRegex(@"<(iframe|script|style|textarea|title|noembed|noframes|xmp|noscript)\b([^<>]{0,2000}?)/>", RegexOptions.IgnoreCase)]
    private static partial Regex SelfClosedRawText();

    [GeneratedRegex(@"<([a-zA-Z][a-zA-Z0-9:-]{0,40})(\s[^<>]{0,2000}?)?/>")]
    private static partial Regex SelfClosedElement();

    [GeneratedRegex(@"^\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<title|<div|<p[\s>]|<article|<!--)", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"^ (?:is|was|has been) (?:an? |the )[^.]{0,80}?\b(?:reporter|correspondent|writer|editor|columnist|contributor|producer|journalist|bureau chief|critic)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorNote();

    [GeneratedRegex(@"\b(?:published|posted|first published|publication date)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedLine();

    [GeneratedRegex(@"\b(?:updated|modified)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UpdatedLine();
}
