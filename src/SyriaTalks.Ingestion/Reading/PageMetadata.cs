using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace SyriaTalks.Ingestion.Reading;

/// <summary>What a page says about its article outside the body: headline, authors, dates, outlet, address, language.</summary>
internal sealed record PageFacts(
    string? Title,
    string? Byline,
    DateOnly? Published,
    DateOnly? Modified,
    string? Outlet,
    string? Url,
    string? Language,
    string? JsonLdBody);

/// <summary>
/// Reads a page's metadata from every source it may use (meta tags, JSON-LD, microdata, visible headline
/// and byline, URL) and settles each field by precedence and agreement between sources.
/// </summary>
internal static partial class PageMetadata
{
    private static readonly string[] PublishedKeys =
    [
        "article:published_time", "og:article:published_time", "article:published", "datepublished",
        "og:published_time", "published_time", "publishdate", "publish-date", "publish_date", "pubdate",
        "publication_date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
        "dc.date", "dcterms.date", "dcterms.created", "dc.date.created", "article.published", "date",
        "cxenseparse:recs:publishtime", "rnews:datepublished", "originalpublicationdate", "date.release",
        "article_date_original", "displaydate", "datecreated", "created",
    ];

    private static readonly string[] ModifiedKeys =
    [
        "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified",
        "article:modified", "lastmod", "modified",
    ];

    private static readonly string[] AuthorKeys =
    [
        "dc:creator", "dc.creator", "dcterm:creator", "dcterms:creator", "author", "byl", "article:author",
        "og:article:author", "parsely-author", "sailthru.author", "dcterms.creator",
        "citation_author", "article.author", "cxenseparse:author", "byline", "creator",
    ];

    private static readonly HashSet<string> AuthorKeySet = new(AuthorKeys, StringComparer.OrdinalIgnoreCase);

    public static PageFacts Read(IDocument doc, string? givenUrl)
    {
        var meta = MetaValues(doc, out var authorMeta);
        var ld = JsonLd.Find(doc.QuerySelectorAll("script[type='application/ld+json' i]").Select(s => s.TextContent));
        var parsely = ParselyMetadata(meta);

        var outlet = First(meta, "og:site_name", "application-name", "al:ios:app_name", "publisher", "dc.publisher", "cre")
            ?? ld?.Publisher;
        outlet = CleanOutlet(outlet);
        // "usatoday": a site name written as a handle; the publisher's own name reads better.
        if (outlet is not null && ld?.Publisher is { Length: > 0 } publisher && !outlet.Any(char.IsUpper) && !outlet.Contains(' ')
            && TextNormal.Key(publisher).Replace(" ", "", StringComparison.Ordinal) == outlet.ToLowerInvariant())
        {
            outlet = publisher;
        }

        var url = Absolute(doc.QuerySelector("link[rel='canonical' i]")?.GetAttribute("href"), givenUrl)
            ?? Absolute(First(meta, "og:url", "twitter:url"), givenUrl)
            ?? Absolute(ld?.Url, givenUrl)
            ?? givenUrl;

        var title = ChooseTitle(doc, meta, ld, parsely, outlet, out var titleSite);
        outlet ??= titleSite?.Trim('[', ']', ' ');

        var published = ChoosePublished(doc, meta, ld, parsely, url, givenUrl);
        var modified = DateText.Parse(ld?.Modified) ?? ModifiedKeys.Select(k => DateText.Parse(Get(meta, k))).FirstOrDefault(d => d is not null);

        var byline = ChooseByline(doc, authorMeta, ld, parsely, outlet);

        var lang = doc.DocumentElement?.GetAttribute("lang") ?? doc.DocumentElement?.GetAttribute("xml:lang")
            ?? First(meta, "content-language", "language", "dc.language", "og:locale") ?? ld?.Language;
        lang = string.IsNullOrWhiteSpace(lang) ? null : lang.Trim().Replace('_', '-');

        return new PageFacts(title, byline, published, modified, outlet, url, lang, ld?.Body);
    }

    // "Aktuálně.cz - Víte, co se právě děje", "SIMPLYFOUND.COM | BY: JOE WEE", "http://www.tmz.com":
    // the outlet is the name before the tagline, and a bare address is its host.
    private static string? CleanOutlet(string? raw)
    {
        var o = TextNormal.Collapse(raw);
        if (Uri.TryCreate(o, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps))
        {
            o = u.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? u.Host[4..] : u.Host;
        }
        var cut = OutletTagline().Match(o);
        if (cut.Success && cut.Index > 0)
        {
            o = o[..cut.Index].Trim();
        }
        return o.Length is > 0 and < 100 ? o : null;
    }

    private static string? ChooseTitle(IDocument doc, Dictionary<string, string> meta, JsonLdArticle? ld,
        (string? Title, string? Author, string? Date) parsely, string? outlet, out string? titleSite)
    {
        var docTitle = TextNormal.Collapse(doc.QuerySelector("head > title, title")?.TextContent);
        var cleanTitle = StripSiteName(docTitle, outlet, out titleSite);
        var og = StripSiteName(First(meta, "dc:title", "dc.title", "dcterm:title", "dcterms.title", "og:title", "twitter:title", "title", "headline") ?? parsely.Title, outlet, out var ogSite);
        var headline = StripSiteName(ld?.Headline, outlet, out var ldSite);
        // The segments cut off as the site's name, and the outlet itself: an <h1> reading only that is the
        // masthead ("痞客邦 PIXNET", "V8", "Archive of Our Own beta"), and a metadata title reading only that
        // ("Yahoo News - Latest News & Headlines" on an article page) names no article.
        string?[] siteNames = [outlet, titleSite, ogSite, ldSite];
        bool IsSiteName(string text) => GenericTitle(text)
            || siteNames.Any(n => n is not null && (TextNormal.Key(n) == TextNormal.Key(text) || SiteLike(text, TextNormal.Key(n))));
        og = og is not null && IsSiteName(og) ? null : og;
        headline = headline is not null && IsSiteName(headline) ? null : headline;
        cleanTitle = cleanTitle is not null && IsSiteName(cleanTitle) ? null : cleanTitle;
        string?[] metaTitles = [og, headline, cleanTitle];

        // The visible headline wins when it agrees with what the metadata says the article is called:
        // metadata titles are often shortened for sharing, the h1 is what the reader sees. Of several
        // h1s the one that agrees best wins: a documentation page's banner h1 ("evolve extension for
        // Mercurial") matches only the tail of the <title>, the page's own heading matches its head.
        // Pages print their site's name in an h1 too; such an h1 is set aside first.
        var allH1s = doc.QuerySelectorAll("h1").Select(HeadingText).Where(t => t.Length is >= 4 and <= 300).ToList();
        // A banner h1 names the site: the title less that segment is the article's.
        foreach (var banner in allH1s.Where(t => TrailingBanner(t, cleanTitle)))
        {
            var segments = Segments(cleanTitle!);
            cleanTitle = Rejoin(cleanTitle!, segments.Take(segments.Count - TrailingSegments(segments, TextNormal.Key(banner))).ToList());
            metaTitles[2] = cleanTitle;
            titleSite ??= banner;
        }
        var h1s = allH1s.Where(t => !IsSiteName(t) && !TrailingBanner(t, docTitle) && !TrailingBanner(t, og)).ToList();
        string? best = null;
        var bestScore = 0;
        foreach (var text in h1s)
        {
            var score = metaTitles.Max(t => Agreement(text, t));
            if (score > bestScore)
            {
                (best, bestScore) = (text, score);
            }
        }
        if (best is not null)
        {
            return best;
        }
        if (og is not null && (Agree(og, headline) || Agree(og, cleanTitle)))
        {
            return og;
        }
        return headline ?? og ?? cleanTitle ?? h1s.FirstOrDefault()
            ?? (docTitle.Length > 0 ? docTitle : null);
    }

    // A heading's text without the anchor marks that documentation sites append (¶, #, §).
    private static string HeadingText(IElement h) =>
        TextNormal.Collapse(h.TextContent).TrimEnd('\u00B6', '#', '\u00A7', ' ', '\u2693');

    private static bool Agree(string a, string? b) => Agreement(a, b) > 0;

    // How well a heading agrees with a metadata title: 4 the same headline, 3 the title's leading part
    // ("New Zealand" in "New Zealand - Wikipedia"), 2 its trailing part after a section or site label,
    // 1 most of the same words (a display headline beside a shorter sharing title), 0 not at all.
    private static int Agreement(string a, string? b)
    {
        if (b is null)
        {
            return 0;
        }
        if (ContentExtractor.SameTitle(a, b))
        {
            return 4;
        }
        var ka = TextNormal.Key(a);
        var kb = TextNormal.Key(b);
        // The leading segments of the title ("About bugs" in "About bugs \u2013 Vortex Cannon Entertainment"), however
        // short: the headline leads, the site follows. The trailing ones after a section or site label
        // ("Analysis | Talks pause ...").
        var segments = Segments(b);
        if (ka.Length >= 3 && Enumerable.Range(1, Math.Max(0, segments.Count - 1)).Any(n => TextNormal.Key(string.Join(' ', segments.Take(n))) == ka))
        {
            return 3;
        }
        if (ka.Length >= 3 && TrailingSegments(segments, ka) is > 0 and var trailing
            && string.Join(' ', segments.Take(segments.Count - trailing)) is var lead && WordCount(lead) <= 4 && SiteNameShaped(lead))
        {
            return 2;
        }
        if (ka.Length >= 3 && ka.Length * 3 >= kb.Length && kb.StartsWith(ka + " ", StringComparison.Ordinal))
        {
            return 3;
        }
        var x = ka.Split(' ').ToHashSet();
        var y = kb.Split(' ').ToHashSet();
        var shorter = Math.Min(x.Count, y.Count);
        return shorter >= 3 && x.Intersect(y).Count() >= 0.5 * shorter + 0.5 && Math.Max(x.Count, y.Count) <= 3 * shorter ? 1 : 0;
    }

    private static List<string> Segments(string title) =>
        TitleSeparator().Split(title).Select(p => p.Trim()).Where(p => TextNormal.Key(p).Length > 0).ToList();

    // "Vortex Cannon Entertainment" printed as an <h1> over "About bugs \u2013 Vortex Cannon Entertainment": a
    // name-shaped trailing segment after a headline-shaped lead is the site's banner, not the article's headline.
    private static bool TrailingBanner(string heading, string? title)
    {
        if (title is null || WordCount(heading) > 5 || !SiteNameShaped(heading))
        {
            return false;
        }
        var segments = Segments(title);
        var n = TrailingSegments(segments, TextNormal.Key(heading));
        return n > 0 && !SiteNameShaped(string.Join(' ', segments.Take(segments.Count - n)));
    }

    // How many of the title's trailing segments read as the key (0 when none do; never all of them).
    private static int TrailingSegments(List<string> segments, string key)
    {
        for (var n = 1; n < segments.Count; n++)
        {
            if (TextNormal.Key(string.Join(' ', segments.Skip(segments.Count - n))) == key)
            {
                return n;
            }
        }
        return 0;
    }

    // "Home", "Latest News & Headlines", "Yahoo News - Latest News & Headlines": the title of a site's front
    // page, which a page about one article carries when its metadata was left at the site's default.
    private static bool GenericTitle(string title)
    {
        var parts = TitleSeparator().Split(title).Select(TextNormal.Key).Where(p => p.Length > 0).Select(p => p.Split(' ')).ToList();
        if (parts.Count == 0 || parts.Sum(p => p.Length) > 8)
        {
            return false;
        }
        static bool Generic(string[] words) => words.All(GenericWords.Contains) && words.Any(FrontPageWords.Contains);
        return parts.Any(Generic) && parts.Where(p => !Generic(p)).All(p => p.Length <= 3) && parts.Count(p => !Generic(p)) <= 1;
    }

    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "home", "homepage", "page", "latest", "breaking", "top", "news", "headlines", "stories", "and", "the", "front",
        "index", "welcome", "to", "online", "world",
    };

    private static readonly HashSet<string> FrontPageWords = new(StringComparer.Ordinal) { "home", "homepage", "news", "headlines", "index", "welcome" };

    /// <summary>"Headline | Outlet" → "Headline": drops the segment naming the site, or a short trailing one.</summary>
    public static string? StripSiteName(string? title, string? outlet, out string? site)
    {
        site = null;
        var t = TextNormal.Collapse(title);
        if (t.Length == 0)
        {
            return null;
        }
        var parts = TitleSeparator().Split(t).Where(p => p.Trim().Length > 0).Select(p => p.Trim()).ToList();
        if (parts.Count < 2)
        {
            return t;
        }
        var outletKey = TextNormal.Key(outlet);
        if (outletKey.Length > 0)
        {
            var kept = parts.Where(p => !SiteLike(p, outletKey)).ToList();
            if (kept.Count > 0 && kept.Count < parts.Count)
            {
                site = parts.First(p => SiteLike(p, outletKey));
                return Rejoin(t, kept);
            }
        }
        // No outlet to compare with: a short last segment after a longer headline is the site's name.
        var last = parts[^1];
        if (WordCount(last) <= 4 && SiteNameShaped(last) && WordCount(string.Join(" ", parts[..^1])) >= 3)
        {
            site = last;
            return Rejoin(t, parts[..^1]);
        }
        var first = parts[0];
        if (WordCount(first) <= 3 && SiteNameShaped(first) && parts.Count >= 2 && WordCount(string.Join(" ", parts[1..])) >= 4
            && parts[1..].Sum(WordCount) > 2 * WordCount(first))
        {
            site = first;
            return Rejoin(t, parts[1..]);
        }
        return t;
    }

    // "CBS News", "The Daily Example", "example.com", "NPR", "My website", "[LWN.net]": capitalised words, a
    // domain, a bracketed name or a segment calling itself a site; never "diplomat".
    private static bool SiteNameShaped(string segment)
    {
        if (segment.StartsWith('[') && segment.EndsWith(']'))
        {
            return WordCount(segment) <= 5;
        }
        var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return segment.Contains('.') && !segment.Contains(' ')
            || words.All(w => !char.IsLetter(w[0]) || !char.IsLower(w[0]))
            || words.Length <= 3 && SiteWords.Contains(words[^1].ToLowerInvariant());
    }

    private static readonly HashSet<string> SiteWords = new(StringComparer.Ordinal) { "website", "blog", "weblog", "site", "homepage" };

    // The segment names the outlet: the same words, or the outlet's name with little around it ("BBC News"
    // for "BBC", "Factorio" for "Factorio.com"); a headline that merely mentions the outlet is not its name.
    private static bool SiteLike(string part, string outletKey)
    {
        var k = TextNormal.Key(part);
        if (k.Length == 0 || outletKey.Length == 0)
        {
            return false;
        }
        var compactPart = k.Replace(" ", "", StringComparison.Ordinal);
        var compactOutlet = outletKey.Replace(" ", "", StringComparison.Ordinal);
        if (compactPart == compactOutlet)
        {
            return true;
        }
        if (compactPart.Length < 3 || WordCount(part) > WordCount(outletKey) + 2)
        {
            return false;
        }
        return compactOutlet.Contains(compactPart, StringComparison.Ordinal)
            || compactPart.Contains(compactOutlet, StringComparison.Ordinal) && compactPart.Length - compactOutlet.Length <= 8;
    }

    // Keeps the original separators between the kept segments ("A: B | Site" → "A: B").
    private static string Rejoin(string original, List<string> kept)
    {
        var start = original.IndexOf(kept[0], StringComparison.Ordinal);
        var lastPart = kept[^1];
        var end = original.LastIndexOf(lastPart, StringComparison.Ordinal) + lastPart.Length;
        return start >= 0 && end > start ? original[start..end].Trim() : string.Join(" - ", kept);
    }

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static DateOnly? ChoosePublished(IDocument doc, Dictionary<string, string> meta, JsonLdArticle? ld,
        (string? Title, string? Author, string? Date) parsely, string? url, string? givenUrl)
    {
        if (DateText.Parse(ld?.Published) is { } fromLd)
        {
            return fromLd;
        }
        foreach (var key in PublishedKeys)
        {
            if (DateText.Parse(Get(meta, key)) is { } d)
            {
                return d;
            }
        }
        if (DateText.Parse(parsely.Date) is { } fromParsely)
        {
            return fromParsely;
        }
        foreach (var e in doc.QuerySelectorAll("[itemprop='datePublished' i], time[pubdate], [property='datePublished' i]"))
        {
            var v = e.GetAttribute("datetime") ?? e.GetAttribute("content") ?? e.TextContent;
            if (DateText.Parse(v) is { } d)
            {
                return d;
            }
        }
        // A <time> in the article's header or byline box; a lone one elsewhere is usually the page's clock.
        foreach (var e in doc.QuerySelectorAll("time"))
        {
            // The masthead's clock ("Wednesday, 20 November") sits in the page's <header>, the article's
            // own time in its header inside <article>.
            if (e.Closest("nav, aside, footer, [class*='related' i], [class*='comment' i]") is not null
                || (e.Closest("header") is not null && e.Closest("article, main, [itemprop~='articleBody' i]") is null))
            {
                continue;
            }
            if (DateText.Parse(e.GetAttribute("datetime")) is { } d)
            {
                return d;
            }
        }
        return DateText.Parse(ld?.Created) ?? DateText.FromUrl(url) ?? DateText.FromUrl(givenUrl);
    }

    private static string? ChooseByline(IDocument doc, Dictionary<string, List<string>> authorMeta, JsonLdArticle? ld,
        (string? Title, string? Author, string? Date) parsely, string? outlet)
    {
        // An outlet or agency named as the author ("Folha de S.Paulo", "PTI") is kept only when no
        // source names a person.
        string? outletOnly = null;
        bool Accept(string? b)
        {
            if (b is null)
            {
                return false;
            }
            if (outlet is not null && TextNormal.Key(b) == TextNormal.Key(outlet))
            {
                outletOnly ??= b;
                return false;
            }
            return true;
        }

        // JSON-LD authors are declared like author meta tags: an organisation credited there ("Contributors to
        // Wikimedia projects") is the page's own statement, not a stray box.
        if (ld is { Authors.Count: > 0 } && Bylines.Clean(string.Join(", ", ld.Authors), outlet, declared: true) is var fromLd && Accept(fromLd))
        {
            return fromLd;
        }
        // A page with several authors repeats the tag, one per author.
        foreach (var key in AuthorKeys)
        {
            if (!authorMeta.TryGetValue(key, out var values))
            {
                continue;
            }
            var names = values.Select(v => Bylines.Clean(v, outlet, declared: true)).Where(v => v is not null)
                .SelectMany(v => v!.Split(", ")).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (names.Count > 0 && string.Join(", ", names) is var b && Accept(b))
            {
                return b;
            }
        }
        if (Bylines.Clean(parsely.Author, outlet) is var fromParsely && Accept(fromParsely))
        {
            return fromParsely;
        }
        // Names in other stories' boxes are not this article's authors; an author box in the article's own
        // aside or footer is.
        const string elsewhere = "nav, [class*='comment' i], [class*='related' i], [class*='recommend' i], [class*='teaser' i]";
        static bool OutsideArticle(IElement e) =>
            e.Closest("aside, footer") is not null && e.Closest("article, [itemprop~='articleBody' i]") is null;
        var microdata = doc.QuerySelectorAll("[itemprop~='author' i]")
            .Where(e => e.Closest(elsewhere) is null && !OutsideArticle(e))
            .Select(e => e.QuerySelector("[itemprop~='name' i]") is { } n
                ? n.GetAttribute("content") ?? n.TextContent
                : e.GetAttribute("content") ?? e.TextContent)
            .Select(t => Bylines.Clean(t, outlet))
            .Where(Accept)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (microdata.Count > 0)
        {
            return string.Join(", ", microdata.SelectMany(m => m!.Split(", ")).Distinct(StringComparer.OrdinalIgnoreCase));
        }
        var relAuthor = doc.QuerySelectorAll("a[rel~='author' i]")
            .Where(e => e.Closest(elsewhere) is null && !OutsideArticle(e))
            .Select(a => Bylines.Clean(a.TextContent, outlet))
            .Where(Accept)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (relAuthor.Count > 0)
        {
            return string.Join(", ", relAuthor);
        }
        const string bylineBoxes = "[class*='byline' i], [class*='author' i], [id*='byline' i]";
        foreach (var e in doc.QuerySelectorAll(bylineBoxes))
        {
            // The innermost box holds the names alone ("Kevin Johnson and Kevin McCoy"), its container
            // adds the outlet and the date.
            if (e.QuerySelector(bylineBoxes) is not null || e.Closest(elsewhere) is not null || OutsideArticle(e))
            {
                continue;
            }
            var text = BoxText(e);
            if (text.Length is > 2 and < 120 && Bylines.Clean(text, outlet) is var b && Accept(b))
            {
                return b;
            }
        }
        return outletOnly;
    }

    // A box's text with its line breaks kept as " | ": "by Jeff Foust<br>Monday, November 18, 2019" must not
    // read "Jeff FoustMonday".
    private static string BoxText(IElement box)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var node in box.GetDescendants())
        {
            if (node is IText t)
            {
                sb.Append(t.Data);
            }
            else if (node is IElement { LocalName: "br" })
            {
                sb.Append(" | ");
            }
        }
        return TextNormal.Collapse(sb.ToString()).Trim(' ', '|');
    }

    private static (string? Title, string? Author, string? Date) ParselyMetadata(Dictionary<string, string> meta)
    {
        var json = Get(meta, "parsely-metadata") ?? Get(meta, "parsely-page");
        if (json is null)
        {
            return (Get(meta, "parsely-title"), Get(meta, "parsely-author"), Get(meta, "parsely-pub-date"));
        }
        try
        {
            using var d = System.Text.Json.JsonDocument.Parse(json);
            var r = d.RootElement;
            string? S(string n) => r.ValueKind == System.Text.Json.JsonValueKind.Object && r.TryGetProperty(n, out var v)
                ? v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString()
                : v.ValueKind == System.Text.Json.JsonValueKind.Array && v.GetArrayLength() > 0 && v[0].ValueKind == System.Text.Json.JsonValueKind.String ? v[0].GetString() : null
                : null;
            return (S("title") ?? Get(meta, "parsely-title"), S("authors") ?? S("author") ?? Get(meta, "parsely-author"), S("pub_date") ?? Get(meta, "parsely-pub-date"));
        }
        catch (System.Text.Json.JsonException)
        {
            return (Get(meta, "parsely-title"), Get(meta, "parsely-author"), Get(meta, "parsely-pub-date"));
        }
    }

    // name / property / itemprop / http-equiv of every <meta>, lower-cased; the first value of a key wins.
    // "property" may hold several space-separated names (RDFa), each its own key. Author tags keep every
    // distinct value in page order: a page with several authors repeats the tag.
    private static Dictionary<string, string> MetaValues(IDocument doc, out Dictionary<string, List<string>> authors)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        authors = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in doc.QuerySelectorAll("meta"))
        {
            var content = m.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }
            content = content.Trim();
            foreach (var attr in new[] { "property", "name", "itemprop", "http-equiv" })
            {
                var keys = m.GetAttribute(attr);
                if (string.IsNullOrWhiteSpace(keys))
                {
                    continue;
                }
                foreach (var key in keys.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    values.TryAdd(key.Trim(), content);
                    if (AuthorKeySet.Contains(key))
                    {
                        if (!authors.TryGetValue(key, out var list))
                        {
                            authors[key] = list = [];
                        }
                        if (!list.Contains(content, StringComparer.OrdinalIgnoreCase))
                        {
                            list.Add(content);
                        }
                    }
                }
            }
        }
        return values;
    }

    private static string? Get(Dictionary<string, string> meta, string key) =>
        meta.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;

    private static string? First(Dictionary<string, string> meta, params string[] keys) =>
        keys.Select(k => Get(meta, k)).FirstOrDefault(v => v is not null);

    private static string? Absolute(string? href, string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }
        href = href.Trim();
        if (Uri.TryCreate(href, UriKind.Absolute, out var abs) && (abs.Scheme == Uri.UriSchemeHttp || abs.Scheme == Uri.UriSchemeHttps))
        {
            return abs.ToString();
        }
        if (baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var b) && Uri.TryCreate(b, href, out var rel))
        {
            return rel.ToString();
        }
        return null;
    }

    [GeneratedRegex(@"\s+[|\u2013\u2014\-·»:]\s+|\s*\|\s*")]
    private static partial Regex OutletTagline();

    // " | ", " - ", " – ", " — ", " : ", " · ", " » ", " / ", " :: ", and before a trailing bracketed name ("... [LWN.net]").
    [GeneratedRegex(@"\s+[|\u2013\u2014\-:·»/]{1,2}\s+|\s*\|\s*|\s+::\s+|\s+(?=\[[^\[\]]+\]$)")]
    private static partial Regex TitleSeparator();
}
