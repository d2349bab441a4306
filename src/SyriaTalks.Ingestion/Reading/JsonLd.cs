using System.Text.Json;

namespace SyriaTalks.Ingestion.Reading;

/// <summary>What a page's schema.org JSON-LD says about its article.</summary>
internal sealed record JsonLdArticle(
    string? Headline,
    IReadOnlyList<string> Authors,
    string? Published,
    string? Created,
    string? Modified,
    string? Publisher,
    string? Body,
    string? Url,
    string? Language);

/// <summary>Reads the article object out of <c>application/ld+json</c> blocks, tolerating the usual malformations.</summary>
internal static class JsonLd
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "AskPublicNewsArticle", "SatiricalArticle", "BlogPosting", "LiveBlogPosting", "Report",
        "TechArticle", "ScholarlyArticle", "SocialMediaPosting", "DiscussionForumPosting", "Review",
    };

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 256,
    };

    public static JsonLdArticle? Find(IEnumerable<string> blocks)
    {
        JsonElement? article = null;
        JsonElement? page = null;
        var docs = new List<JsonDocument>();
        try
        {
            foreach (var block in blocks)
            {
                var doc = Parse(block);
                if (doc is null)
                {
                    continue;
                }
                docs.Add(doc);
                foreach (var obj in Objects(doc.RootElement))
                {
                    if (article is null && HasType(obj, ArticleTypes))
                    {
                        article = obj;
                    }
                    else if (page is null && HasType(obj, ["WebPage", "ItemPage"]))
                    {
                        page = obj;
                    }
                }
            }
            var chosen = article ?? page;
            if (chosen is null)
            {
                return null;
            }
            var a = chosen.Value;
            var publisher = Get(a, "publisher") is { } p ? NameOf(p) : null;
            return new JsonLdArticle(
                Str(a, "headline") ?? Str(a, "name"),
                Names(Get(a, "author") ?? Get(a, "creator")),
                Str(a, "datePublished"),
                Str(a, "dateCreated"),
                Str(a, "dateModified"),
                publisher,
                Str(a, "articleBody"),
                Str(a, "url") ?? (Get(a, "mainEntityOfPage") is { } m ? (m.ValueKind == JsonValueKind.String ? m.GetString() : Str(m, "@id")) : null),
                Str(a, "inLanguage"));
        }
        finally
        {
            foreach (var d in docs)
            {
                d.Dispose();
            }
        }
    }

    private static JsonDocument? Parse(string block)
    {
        // Wrappers that CMSes put around the JSON (comments, CDATA): keep from the first bracket to the last.
        block = block.Replace("<![CDATA[", " ", StringComparison.Ordinal).Replace("]]>", " ", StringComparison.Ordinal);
        var first = block.IndexOfAny(['{', '[']);
        var last = first >= 0 ? block.LastIndexOf(block[first] == '{' ? '}' : ']') : -1;
        if (first < 0 || last <= first)
        {
            return null;
        }
        var text = block[first..(last + 1)];
        // Raw line breaks and tabs inside strings are invalid JSON but common in CMS output.
        text = text.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
        try
        {
            return JsonDocument.Parse(text, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IEnumerable<JsonElement> Objects(JsonElement root)
    {
        var stack = new Stack<JsonElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (e.ValueKind == JsonValueKind.Array)
            {
                for (var i = e.GetArrayLength() - 1; i >= 0; i--)
                {
                    stack.Push(e[i]);
                }
            }
            else if (e.ValueKind == JsonValueKind.Object)
            {
                yield return e;
                if (e.TryGetProperty("@graph", out var g))
                {
                    stack.Push(g);
                }
                if (e.TryGetProperty("mainEntity", out var me))
                {
                    stack.Push(me);
                }
            }
        }
    }

    private static bool HasType(JsonElement obj, IEnumerable<string> types)
    {
        if (!obj.TryGetProperty("@type", out var t))
        {
            return false;
        }
        var set = types as HashSet<string> ?? new HashSet<string>(types, StringComparer.OrdinalIgnoreCase);
        // schema.org keeps adding article kinds ("ReportageNewsArticle", "LiveBlogPosting"): take them all.
        var articles = ReferenceEquals(set, ArticleTypes);
        bool Match(string name) => set.Contains(name)
            || (articles && (name.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Posting", StringComparison.OrdinalIgnoreCase)));
        if (t.ValueKind == JsonValueKind.String)
        {
            return Match(t.GetString()!);
        }
        return t.ValueKind == JsonValueKind.Array && t.EnumerateArray().Any(x => x.ValueKind == JsonValueKind.String && Match(x.GetString()!));
    }

    private static JsonElement? Get(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind is not JsonValueKind.Null ? v : null;

    private static string? Str(JsonElement obj, string name)
    {
        if (Get(obj, name) is not { } v)
        {
            return null;
        }
        if (v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0)
        {
            v = v[0];
        }
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
    }

    private static string? NameOf(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Object => Str(v, "name"),
        JsonValueKind.Array => v.EnumerateArray().Select(NameOf).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)),
        _ => null,
    };

    private static List<string> Names(JsonElement? v)
    {
        var names = new List<string>();
        if (v is not { } value)
        {
            return names;
        }
        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        foreach (var item in items)
        {
            if (NameOf(item) is { } n && !string.IsNullOrWhiteSpace(n))
            {
                names.Add(n);
            }
        }
        return names;
    }
}
