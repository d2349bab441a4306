using System.Text;
using AngleSharp.Dom;

namespace SyriaTalks.Ingestion.Reading;

/// <summary>What kind of block a run of text came from; the reader keeps each as its own paragraph.</summary>
internal enum UnitKind
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Preformatted,
    Cell,
}

/// <summary>One paragraph-sized run of text with the innermost block element that holds it.</summary>
internal sealed record TextUnit(string Text, int LinkChars, int Owner, UnitKind Kind, int HeadingLevel, int LeadingLinkChars = 0)
{
    /// <summary>
    /// Mostly link text and not a sentence of the article: menus, link lists, "Related: headline". A sentence
    /// that links its names ("<a>James Van Der Beek</a> has been eliminated from <a>Dancing with the Stars</a>.")
    /// is still article text.
    /// </summary>
    public bool IsLinkList
    {
        get
        {
            if (LinkDensity <= 0.5)
            {
                return false;
            }
            var t = Text.TrimEnd();
            var last = t.Length > 1 && t[^1] is '"' or '\'' or '\u201D' or '\u2019' or ')' ? t[^2] : t.Length > 0 ? t[^1] : ' ';
            var sentence = last is '.' or '!' or '?' or '\u3002';
            return !(sentence && Text.Length - LinkChars >= 15 && t.Count(c => c == ' ') >= 5);
        }
    }

    /// <summary>A teaser card: a linked headline run straight into a summary ("Headline WASHINGTON: Summary...").</summary>
    public bool IsTeaser
    {
        get
        {
            if (LinkChars == 0 || Text.Length > 600)
            {
                return false;
            }
            // A linked run that ends in a full stop is a sentence of the paragraph with a link on it, not a
            // headline: headlines carry no full stop.
            if (LeadingLinkChars >= 15 && LeadingLinkChars < Text.Length - 1 && !LeadingLinkIsSentence)
            {
                var next = Text[LeadingLinkChars] == ' ' ? Text[LeadingLinkChars + 1] : Text[LeadingLinkChars];
                if (char.IsUpper(next) || char.IsDigit(next))
                {
                    return true;
                }
            }
            // A summary cut short ("...") is a teaser when its link is the card's: a linked headline before it, or
            // most of it linked. A sentence trailing off with a link on one name ("an adapter for <a>Mocha</a>
            // and actually works...") is the writer's style.
            return (Text.EndsWith("...", StringComparison.Ordinal) || Text.EndsWith('\u2026'))
                && (LeadingLinkChars > 0 || LinkDensity >= 0.3);
        }
    }

    private bool LeadingLinkIsSentence
    {
        get
        {
            var t = Text.AsSpan(0, LeadingLinkChars).TrimEnd();
            return t.Length > 1 && t[^1] is '.' or '\u3002' && t[^2] != '.';
        }
    }

    public double LinkDensity => Text.Length == 0 ? 0 : Math.Min(1.0, LinkChars / (double)Text.Length);
}

/// <summary>
/// Walks a document once, without recursion (pages nest thousands of levels deep), and cuts it into
/// text units at block boundaries and line breaks, numbering every element in document order.
/// </summary>
internal sealed class TextUnitWalker
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "video", "audio",
        "img", "picture", "source", "button", "input", "select", "textarea", "option", "map", "head", "link", "meta",
        "title", "figcaption", "math", "dialog", "frame", "frameset", "applet", "label", "datalist", "output", "progress",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "figure", "header", "footer",
        "aside", "nav", "form", "fieldset", "address", "center", "hr", "details", "summary", "menu", "body", "html", "hgroup",
    };

    /// <summary>Elements in document order; an element's index is its position here.</summary>
    public List<IElement> Elements { get; } = [];

    /// <summary>Parent index of each element (-1 for the root).</summary>
    public List<int> Parents { get; } = [];

    /// <summary>Index one past the last descendant of each element.</summary>
    public List<int> SubtreeEnds { get; } = [];

    /// <summary>Whether each element is a boilerplate candidate (by tag, role, class or id).</summary>
    public List<bool> Boilerplate { get; } = [];

    /// <summary>Whether each element's only furniture sign is a furniture word in an id made of its own heading.</summary>
    public List<bool> BoilerplateByHeadingAnchor { get; } = [];

    /// <summary>Whether each element is furniture by a comment-thread class or id.</summary>
    public List<bool> CommentThread { get; } = [];

    /// <summary>Whether each element is marked as the article body (schema.org, CMS class names).</summary>
    public List<bool> ArticleBody { get; } = [];

    private readonly PageHints.HintCache _hints = new();

    public List<TextUnit> Units { get; } = [];

    private readonly StringBuilder _text = new();
    private int _linkChars;
    private int _leadingLink;
    private int _breaks;
    private bool _pendingSpace;

    /// <param name="respectHidden">Leave out elements the page hides (hidden, aria-hidden, display:none);
    /// off only for the retry on pages that hide their whole article until a script reveals it.</param>
    public static TextUnitWalker Walk(IElement root, bool respectHidden = true)
    {
        var w = new TextUnitWalker { _respectHidden = respectHidden };
        w.Run(root);
        return w;
    }

    private bool _respectHidden = true;

    private readonly struct Frame(INode node, int index, bool exit)
    {
        public INode Node { get; } = node;
        public int Index { get; } = index;
        public bool Exit { get; } = exit;
    }

    private void Run(IElement root)
    {
        var stack = new Stack<Frame>();
        var open = new List<int>();          // element indices currently entered (the ancestor chain)
        var linkDepth = 0;
        var blockOwner = new Stack<int>();   // innermost block element holding the running text
        stack.Push(new Frame(root, -1, false));
        while (stack.Count > 0)
        {
            var f = stack.Pop();
            if (f.Exit)
            {
                var el = Elements[f.Index];
                var isBlock = Blocks.Contains(el.LocalName);
                if (isBlock)
                {
                    Flush(blockOwner.Peek());
                    blockOwner.Pop();
                }
                if (IsLink(el))
                {
                    linkDepth--;
                }
                open.RemoveAt(open.Count - 1);
                SubtreeEnds[f.Index] = Elements.Count;
                continue;
            }
            switch (f.Node)
            {
                case IText t:
                    if (blockOwner.Count > 0)
                    {
                        AppendText(t.Data, linkDepth > 0, blockOwner.Peek());
                    }
                    break;
                case IElement e:
                {
                    var name = e.LocalName;
                    if (Skipped.Contains(name) || (_respectHidden && IsHidden(e)))
                    {
                        break;
                    }
                    if (name == "br")
                    {
                        _breaks++;
                        break;
                    }
                    var index = Elements.Count;
                    Elements.Add(e);
                    Parents.Add(open.Count > 0 ? open[^1] : -1);
                    SubtreeEnds.Add(index + 1);
                    var isBlock = Blocks.Contains(name);
                    var byAnchor = false;
                    var isBoiler = isBlock && PageHints.IsBoilerplate(e, _hints, out byAnchor);
                    Boilerplate.Add(isBoiler);
                    BoilerplateByHeadingAnchor.Add(isBoiler && byAnchor);
                    CommentThread.Add(isBoiler && PageHints.IsCommentThread(e, _hints));
                    ArticleBody.Add(isBlock && !isBoiler && PageHints.IsArticleBody(e, _hints));
                    open.Add(index);
                    if (isBlock)
                    {
                        if (blockOwner.Count > 0)
                        {
                            Flush(blockOwner.Peek());
                        }
                        blockOwner.Push(index);
                    }
                    else if (IsLink(e))
                    {
                        linkDepth++;
                    }
                    stack.Push(new Frame(e, index, true));
                    // By index: AngleSharp finds a node's PreviousSibling by searching its parent's children,
                    // which is quadratic on an element with tens of thousands of children.
                    var children = e.ChildNodes;
                    for (var k = children.Length - 1; k >= 0; k--)
                    {
                        var c = children[k];
                        if (c is IText or IElement)
                        {
                            stack.Push(new Frame(c, -1, false));
                        }
                    }
                    break;
                }
            }
        }
        if (blockOwner.Count > 0)
        {
            Flush(blockOwner.Peek());
        }
    }

    // One <br> inside running text is a line break (hard-wrapped text, addresses); two in a row, or one
    // after a finished sentence, end the paragraph, which is how pages without <p> mark paragraphs.
    private void AppendText(string data, bool inLink, int owner)
    {
        foreach (var ch in data)
        {
            if (char.IsWhiteSpace(ch) || ch == '\u200B' || ch == '\uFEFF')
            {
                _pendingSpace = _text.Length > 0;
                continue;
            }
            if (_breaks > 0)
            {
                if (_text.Length > 0 && (_breaks >= 2 || EndsSentence(_text)))
                {
                    Flush(owner);
                }
                else
                {
                    _pendingSpace = _text.Length > 0;
                }
                _breaks = 0;
            }
            var leading = _leadingLink == _text.Length;
            if (_pendingSpace)
            {
                _text.Append(' ');
                _pendingSpace = false;
                if (inLink)
                {
                    _linkChars++;
                    _leadingLink += leading ? 1 : 0;
                }
            }
            _text.Append(ch);
            if (inLink)
            {
                _linkChars++;
                _leadingLink += leading && _leadingLink == _text.Length - 1 ? 1 : 0;
            }
        }
    }

    private void Flush(int owner)
    {
        if (_text.Length > 0)
        {
            var el = Elements[owner];
            var kind = KindOf(el, out var level);
            Units.Add(new TextUnit(_text.ToString(), _linkChars, owner, kind, level, _leadingLink));
        }
        _text.Clear();
        _linkChars = 0;
        _leadingLink = 0;
        _breaks = 0;
        _pendingSpace = false;
    }

    private static bool EndsSentence(StringBuilder text)
    {
        var i = text.Length - 1;
        while (i > 0 && text[i] is '"' or '\'' or '\u201D' or '\u2019' or ')')
        {
            i--;
        }
        return i >= 0 && text[i] is '.' or '!' or '?' or ':' or '\u2026' or '\u3002' or '\uFF01' or '\uFF1F';
    }

    // Only an <a> with an address is a link. A named anchor (<a name="x"/>, an XHTML habit that HTML reads as
    // an open element running on to the end of its parent) holds article text, not link text.
    private static bool IsLink(IElement e) => e.LocalName == "a" && e.HasAttribute("href");

    private UnitKind KindOf(IElement el, out int level)
    {
        level = 0;
        var name = el.LocalName;
        if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6')
        {
            level = name[1] - '0';
            return UnitKind.Heading;
        }
        return name switch
        {
            "li" or "dd" or "dt" => UnitKind.ListItem,
            "blockquote" => UnitKind.Quote,
            "pre" => UnitKind.Preformatted,
            "td" or "th" => UnitKind.Cell,
            _ => UnitKind.Paragraph,
        };
    }

    private static bool IsHidden(IElement e)
    {
        if (e.HasAttribute("hidden") || string.Equals(e.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var style = e.GetAttribute("style");
        if (style is not null && (ContainsDeclaration(style, "display", "none") || ContainsDeclaration(style, "visibility", "hidden")))
        {
            return true;
        }
        return PageHints.IsScreenReaderOnly(e);
    }

    private static bool ContainsDeclaration(string style, string property, string value)
    {
        var i = style.IndexOf(property, StringComparison.OrdinalIgnoreCase);
        while (i >= 0)
        {
            var j = i + property.Length;
            while (j < style.Length && style[j] is ' ' or '\t')
            {
                j++;
            }
            if (j < style.Length && style[j] == ':')
            {
                j++;
                while (j < style.Length && style[j] is ' ' or '\t')
                {
                    j++;
                }
                if (string.Compare(style, j, value, 0, value.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }
            i = style.IndexOf(property, i + property.Length, StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }
}
