using System.Text;

namespace SyriaTalks.Ingestion.Reading;

/// <summary>
/// Caps how deep elements nest before the page reaches the HTML parser. The HTML5 tree builder checks its
/// stack of open elements for every tag, so tens of thousands of nested lists or formatting tags take it
/// minutes; Chromium's parser caps DOM depth (at 512) for the same reason. Tags past the cap are dropped and
/// their text kept. Real pages nest a few dozen levels and pass through untouched.
/// </summary>
internal static class NestingGuard
{
    public const int MaxDepth = 256;

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "basefont", "bgsound", "frame", "image",
    };

    // Closed implicitly by their next sibling, so a page may open thousands of them without nesting.
    private static readonly HashSet<string> SelfClosing = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "tbody", "thead", "tfoot", "colgroup", "rb",
        "rt", "rtc", "rp", "html", "head", "body",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
    };

    // Looked up by span: a page has thousands of tags, and their names need no string of their own.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VoidNames = Void.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SelfClosingNames = SelfClosing.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawTextNames = RawText.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Flatten(string html, int maxDepth = MaxDepth)
    {
        // Fewer tags than the cap cannot nest past it.
        if (html.Length < maxDepth * 3 || CountTags(html) <= maxDepth)
        {
            return html;
        }
        StringBuilder? output = null;
        var copied = 0;   // html[..copied] is already in output (or unchanged when output is null)
        var depth = 0;
        var dropped = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }
            var next = html[lt + 1];
            if (next == '!')
            {
                i = SkipPast(html, lt, html.AsSpan(lt).StartsWith("<!--") ? "-->" : ">");
                continue;
            }
            var end = next == '/';
            var nameStart = lt + (end ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1;
                continue;
            }
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var close = TagEnd(html, nameEnd);
            if (close < 0)
            {
                i = nameEnd;
                continue;
            }
            var selfClosed = html[close - 1] == '/';
            var drop = false;
            if (end)
            {
                if (!VoidNames.Contains(name) && !SelfClosingNames.Contains(name))
                {
                    if (dropped > 0)
                    {
                        dropped--;
                        drop = true;
                    }
                    else if (depth > 0)
                    {
                        depth--;
                    }
                }
            }
            else if (RawTextNames.Contains(name) && !selfClosed)
            {
                // Copy the raw text through to its end tag without reading tags inside it.
                var closing = html.IndexOf(string.Concat("</", name), close + 1, StringComparison.OrdinalIgnoreCase);
                i = closing < 0 ? html.Length : closing;
                continue;
            }
            else if (!VoidNames.Contains(name) && !SelfClosingNames.Contains(name) && !selfClosed)
            {
                if (depth >= maxDepth)
                {
                    dropped++;
                    drop = true;
                }
                else
                {
                    depth++;
                }
            }
            if (drop)
            {
                output ??= new StringBuilder(html.Length);
                output.Append(html, copied, lt - copied);
                copied = close + 1;
            }
            i = close + 1;
        }
        if (output is null)
        {
            return html;
        }
        output.Append(html, copied, html.Length - copied);
        return output.ToString();
    }

    private static int CountTags(string html)
    {
        var n = 0;
        foreach (var c in html)
        {
            n += c == '<' ? 1 : 0;
        }
        return n;
    }

    private static int SkipPast(string html, int from, string marker)
    {
        var at = html.IndexOf(marker, from + 2, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + marker.Length;
    }

    // The '>' that ends a tag; a '<' first means this was not a tag. Quotes are not tracked: a stray quote
    // mark would otherwise run the tag on for the rest of the page, and a '>' inside an attribute only
    // ends this rough count's view of the tag a little early.
    private static int TagEnd(string html, int from)
    {
        for (var j = from; j < html.Length; j++)
        {
            var c = html[j];
            if (c == '>')
            {
                return j;
            }
            if (c == '<')
            {
                return -1;
            }
        }
        return -1;
    }
}
