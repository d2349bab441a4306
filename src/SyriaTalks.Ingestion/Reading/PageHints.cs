using AngleSharp.Dom;

namespace SyriaTalks.Ingestion.Reading;

/// <summary>What an element's tag, role, class and id say about it: page furniture, or the article itself.</summary>
internal static class PageHints
{
    private static readonly HashSet<string> FurnitureTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "aside", "footer", "header", "menu", "figure",
    };

    private static readonly HashSet<string> FurnitureRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar", "search",
        "toolbar", "tablist", "note",
    };

    // Words of class names and ids that news sites give to furniture. Matched as whole words of the
    // attribute ("article-share-bar" has "share"), never as substrings ("shared", "header-less" differ).
    private static readonly HashSet<string> FurnitureWords = new(StringComparer.Ordinal)
    {
        "comment", "comments", "disqus", "cookie", "cookies", "consent", "gdpr", "newsletter", "newsletters",
        "outbrain", "taboola", "breadcrumb", "breadcrumbs", "advert", "advertisement", "advertising", "ad", "ads",
        "adslot", "adunit", "dfp", "gpt", "sponsor", "sponsored", "paywall", "promo", "promotion", "promotions",
        "social", "share", "sharing", "sharebar", "shares", "related", "recommended", "recommendations", "recirc",
        "recirculation", "popular", "trending", "mostread", "mostpopular", "readmore", "nav", "navbar",
        "navigation", "menu", "footer", "sidebar", "subscribe", "subscription", "signup", "byline", "bylines",
        "caption", "credit", "credits", "tags", "toolbar", "modal", "popup", "masthead", "header", "widget",
        "rail", "skip", "banner", "login", "author", "authors", "timestamp", "published", "dateline", "pagination",
        "pager", "print", "follow", "topics", "keywords", "teaser", "teasers", "promobox", "morestories",
        "moreon", "seealso", "alsoread", "newsletterbox", "toc", "feedback", "disclaimer", "correction",
        "video", "gallery", "slideshow", "photo", "image", "img",
        "thumbnail", "headline", "kicker", "eyebrow", "dek", "standfirst", "summary", "subhead", "meta", "metadata",
        "pullquote", "sticky", "overlay", "notification", "alert", "hidden", "hide", "popout", "flyout", "offscreen", "visuallyhidden", "srt", "error",
    };

    // Words that mark the article body itself; they protect an element from the furniture words
    // above ("story-body-share-top" stays furniture, "article-body" does not).
    private static readonly HashSet<string> BodyWords = new(StringComparer.Ordinal)
    {
        "articlebody", "storybody", "entrycontent", "postcontent", "postbody", "articletext", "storytext",
        "bodytext", "articlecontent", "storycontent", "maincontent", "contentbody", "articlebodytext",
    };

    // An embedded post (tweet, Instagram) is text the author chose to quote, whatever bar it sits in: these
    // protect an element like the body words do, unless it also names advertising or promotion.
    private static readonly HashSet<string> EmbedWords = new(StringComparer.Ordinal)
    {
        "embed", "embedded", "mediaembed", "socialembed", "twittertweet", "tweet", "instagrammedia",
    };

    // Advertising and promotion: an embed of these ("gallery-embed-promo", "embed-ad") is the site selling
    // something, not a post the author quotes.
    private static readonly HashSet<string> SellingWords = new(StringComparer.Ordinal)
    {
        "advert", "advertisement", "advertising", "ad", "ads", "adslot", "adunit", "dfp", "sponsor", "sponsored",
        "promo", "promotion", "promotions", "promobox", "outbrain", "taboola", "paywall", "newsletter", "newsletters",
        "subscribe", "subscription", "signup",
    };

    private static readonly HashSet<string> ScreenReaderWords = new(StringComparer.Ordinal)
    {
        "sronly", "visuallyhidden", "screenreadertext", "screenreaderonly", "offscreen", "hiddenvisually",
        "assistivetext", "readerhidden",
    };

    public static bool IsBoilerplate(IElement e, HintCache? cache = null) => IsBoilerplate(e, cache, out _);

    /// <param name="onlyByHeadingAnchor">True when the furniture word is only in an id made of the element's own
    /// heading ("sharing-with-a-single-developer" under "Sharing with a single developer"): such an id names a
    /// section of the text, so the word there is weak evidence, to be weighed against the text inside.</param>
    public static bool IsBoilerplate(IElement e, HintCache? cache, out bool onlyByHeadingAnchor)
    {
        onlyByHeadingAnchor = false;
        var name = e.LocalName;
        if (name is "body" or "html" or "main" or "article")
        {
            return false;
        }
        if (FurnitureTags.Contains(name))
        {
            return true;
        }
        var role = e.GetAttribute("role");
        if (role is not null && FurnitureRoles.Contains(role.Trim()))
        {
            return true;
        }
        if (string.Equals(e.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var words = Words(e, cache);
        if (words.Count == 0)
        {
            return false;
        }
        var furniture = false;
        var body = false;
        var embed = false;
        var selling = false;
        foreach (var w in words)
        {
            furniture |= FurnitureWords.Contains(w);
            body |= BodyWords.Contains(w);
            embed |= EmbedWords.Contains(w);
            selling |= SellingWords.Contains(w);
        }
        body |= embed && !selling;
        if (furniture && !body && IsHeadingAnchor(e))
        {
            var cls = e.GetAttribute("class");
            var classWords = cache is null || string.IsNullOrEmpty(cls) ? Words(cls) : cache.WordsOf(cls);
            onlyByHeadingAnchor = !classWords.Exists(FurnitureWords.Contains);
        }
        return furniture && !body;
    }

    /// <summary>A reader comment thread by its class or id ("comments", "comment-box", "disqus_thread").</summary>
    public static bool IsCommentThread(IElement e, HintCache? cache = null) =>
        Words(e, cache).Exists(w => w is "comment" or "comments" or "disqus" or "commentlist");

    // Documentation generators, wikis and table-of-contents plugins give a section the id of its heading's
    // words; the heading is the section's first element child, or the first child's.
    private static bool IsHeadingAnchor(IElement e)
    {
        var id = e.GetAttribute("id");
        if (string.IsNullOrEmpty(id) || id.IndexOfAny(['-', '_']) < 0)
        {
            return false;
        }
        var first = e.FirstElementChild;
        if (first is not null && first.LocalName is not ("h1" or "h2" or "h3" or "h4" or "h5" or "h6"))
        {
            first = first.FirstElementChild;
        }
        if (first is null || first.LocalName is not ("h1" or "h2" or "h3" or "h4" or "h5" or "h6"))
        {
            return false;
        }
        var slug = TextNormal.Key(id);
        return slug.Contains(' ', StringComparison.Ordinal) && TextNormal.Key(first.TextContent).StartsWith(slug, StringComparison.Ordinal);
    }

    /// <summary>Strong signs that an element is the article body (schema.org, common CMS class names).</summary>
    public static bool IsArticleBody(IElement e, HintCache? cache = null)
    {
        if (string.Equals(e.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        foreach (var w in Words(e, cache))
        {
            if (w is "articlebody" or "storybody" or "entrycontent" or "postcontent" or "postbody" or "articletext"
                or "storytext" or "articlecontent" or "storycontent" or "bodytext")
            {
                return true;
            }
        }
        return false;
    }

    public static bool IsScreenReaderOnly(IElement e)
    {
        var cls = e.GetAttribute("class");
        // Most classes cannot be a screen-reader class; skip splitting those into words.
        if (string.IsNullOrEmpty(cls)
            || (cls.IndexOf("sr", StringComparison.OrdinalIgnoreCase) < 0 && cls.IndexOf("hidden", StringComparison.OrdinalIgnoreCase) < 0
                && cls.IndexOf("screen", StringComparison.OrdinalIgnoreCase) < 0 && cls.IndexOf("assistive", StringComparison.OrdinalIgnoreCase) < 0))
        {
            return false;
        }
        foreach (var w in Words(cls))
        {
            if (ScreenReaderWords.Contains(w))
            {
                return true;
            }
        }
        return false;
    }

    private static List<string> Words(IElement e, HintCache? cache)
    {
        var cls = e.GetAttribute("class");
        var id = e.GetAttribute("id");
        if (string.IsNullOrEmpty(cls) && string.IsNullOrEmpty(id))
        {
            return [];
        }
        if (string.IsNullOrEmpty(id))
        {
            return cache is null ? Words(cls) : cache.WordsOf(cls!);
        }
        var words = new List<string>(cache is null || string.IsNullOrEmpty(cls) ? Words(cls) : cache.WordsOf(cls));
        words.AddRange(Words(id));
        return words;
    }

    /// <summary>Class attributes repeat across a page's elements; split each distinct one into words once per page.</summary>
    internal sealed class HintCache
    {
        private readonly Dictionary<string, List<string>> _words = new(StringComparer.Ordinal);

        public List<string> WordsOf(string cls)
        {
            if (!_words.TryGetValue(cls, out var words))
            {
                words = Words(cls);
                _words[cls] = words;
            }
            return words;
        }
    }

    // "article__share-bar mostRead" -> article, share, bar, most, read, plus the joined pairs
    // (articleshare, sharebar, mostread) so compound names match either way of writing them.
    private static List<string> Words(string? value)
    {
        var result = new List<string>();
        if (string.IsNullOrEmpty(value))
        {
            return result;
        }
        foreach (var token in value.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = new List<string>();
            var start = 0;
            for (var i = 0; i <= token.Length; i++)
            {
                var boundary = i == token.Length || !char.IsLetterOrDigit(token[i])
                    || (i > start && char.IsUpper(token[i]) && char.IsLower(token[i - 1]));
                if (!boundary)
                {
                    continue;
                }
                if (i > start)
                {
                    parts.Add(token[start..i].ToLowerInvariant());
                }
                start = i < token.Length && char.IsLetterOrDigit(token[i]) ? i : i + 1;
            }
            result.AddRange(parts);
            for (var i = 0; i + 1 < parts.Count; i++)
            {
                result.Add(parts[i] + parts[i + 1]);
            }
        }
        return result;
    }
}
