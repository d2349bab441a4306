using System.Globalization;
using System.Text.Json;

namespace SyriaTalks.Ingestion.Pipeline;

/// <summary>
/// One article on disk: a file, or a corpus folder holding article.html / article.txt and an optional
/// meta.json (<c>{"published": "YYYY-MM-DD", "url": ..., "outlet": ..., "title": ...}</c>).
/// </summary>
public sealed record CorpusEntry(string Id, string Path, string? MetaPath)
{
    private static readonly string[] ArticleExtensions = [".html", ".htm", ".txt"];

    public static IEnumerable<CorpusEntry> Find(string path)
    {
        if (File.Exists(path))
        {
            yield return new CorpusEntry(System.IO.Path.GetFileNameWithoutExtension(path), path, null);
            yield break;
        }
        var own = ArticleIn(path);
        if (own is not null)
        {
            yield return own;
            yield break;
        }
        foreach (var dir in Directory.EnumerateDirectories(path).Order(StringComparer.Ordinal))
        {
            var entry = ArticleIn(dir);
            if (entry is not null)
            {
                yield return entry;
            }
        }
        foreach (var file in Directory.EnumerateFiles(path).Order(StringComparer.Ordinal))
        {
            if (ArticleExtensions.Contains(System.IO.Path.GetExtension(file).ToLowerInvariant()))
            {
                yield return new CorpusEntry(System.IO.Path.GetFileNameWithoutExtension(file), file, null);
            }
        }
    }

    private static CorpusEntry? ArticleIn(string dir)
    {
        foreach (var name in new[] { "article.html", "article.htm", "article.txt" })
        {
            var file = System.IO.Path.Combine(dir, name);
            if (File.Exists(file))
            {
                var meta = System.IO.Path.Combine(dir, "meta.json");
                return new CorpusEntry(System.IO.Path.GetFileName(System.IO.Path.GetFullPath(dir).TrimEnd('/')), file, File.Exists(meta) ? meta : null);
            }
        }
        return null;
    }

    /// <summary>The source to read; a date given on the command line wins over meta.json.</summary>
    public ArticleSource ToSource(DateOnly? published)
    {
        string? url = null, outlet = null, title = null;
        if (MetaPath is not null)
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(MetaPath));
            var root = doc.RootElement;
            published ??= Text(root, "published") is { } p
                ? DateOnly.ParseExact(p[..Math.Min(10, p.Length)], "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null;
            url = Text(root, "url");
            outlet = Text(root, "outlet");
            title = Text(root, "title");
        }
        return new ArticleSource(File.ReadAllBytes(Path), System.IO.Path.GetFileName(Path), published, url, outlet, title);
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
