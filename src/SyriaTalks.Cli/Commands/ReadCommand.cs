using SyriaTalks.Ingestion.Pipeline;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using SyriaTalks.Ingestion.Reading;

namespace SyriaTalks.Cli.Commands;

/// <summary>
/// <c>read PATH... [--out DIR]</c>: the page reader alone. Prints one JSON line per page (title, byline, dates,
/// outlet, url, language); with <c>--out</c> also writes each body to DIR/&lt;id&gt;.txt and all bodies to
/// DIR/bodies.json in the form <c>../shared/tools/bodyscore.py</c> scores.
/// </summary>
public static class ReadCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? outDir = null;
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--out" && i + 1 < args.Length)
            {
                outDir = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                stderr.WriteLine($"Unknown or incomplete option '{args[i]}'.");
                return 2;
            }
            else
            {
                paths.Add(args[i]);
            }
        }
        if (paths.Count == 0)
        {
            stderr.WriteLine("read: give at least one file or folder.");
            return 2;
        }
        var pages = new List<(string Id, string Path, string? Url)>();
        foreach (var path in paths)
        {
            if (!Directory.Exists(path) && !File.Exists(path))
            {
                stderr.WriteLine($"{path}: no such file or folder.");
                return 2;
            }
            pages.AddRange(CorpusEntry.Find(path).Select(e => (e.Id, e.Path, e.ToSource(null).Url)));
            if (Directory.Exists(path))
            {
                pages.AddRange(Directory.EnumerateFiles(path, "*.html.gz").Order(StringComparer.Ordinal)
                    .Select(f => (Path.GetFileName(f)[..^".html.gz".Length], f, (string?)null)));
            }
            else if (path.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase))
            {
                pages.RemoveAll(p => p.Path == path);
                pages.Add((Path.GetFileName(path)[..^".html.gz".Length], path, null));
            }
        }
        if (outDir is not null)
        {
            Directory.CreateDirectory(outDir);
        }
        var reader = new ArticleReader();
        var bodies = new SortedDictionary<string, object>(StringComparer.Ordinal);
        var failed = 0;
        foreach (var (id, path, url) in pages)
        {
            try
            {
                var bytes = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? Gunzip(path) : File.ReadAllBytes(path);
                var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? Path.GetFileNameWithoutExtension(path) : Path.GetFileName(path);
                var a = reader.Read(bytes, name, url);
                stdout.WriteLine(JsonSerializer.Serialize(new
                {
                    id,
                    title = a.Title,
                    byline = a.Byline,
                    published = a.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    modified = a.Modified?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    outlet = a.Outlet,
                    url = a.Url,
                    language = a.Language,
                    paragraphs = a.Paragraphs.Count(),
                }, Json));
                if (outDir is not null)
                {
                    File.WriteAllText(Path.Combine(outDir, id + ".txt"), a.Text);
                    bodies[id] = new { articleBody = a.Text };
                }
            }
            catch (Exception ex) when (ex is ArticleReadException or IOException or InvalidDataException)
            {
                failed++;
                stderr.WriteLine($"{path}: {ex.Message}");
            }
        }
        if (outDir is not null)
        {
            File.WriteAllText(Path.Combine(outDir, "bodies.json"), JsonSerializer.Serialize(bodies, Json));
            stderr.WriteLine($"read: {pages.Count - failed} read into {outDir}, {failed} failed.");
        }
        return failed == 0 ? 0 : 1;
    }

    private static byte[] Gunzip(string path)
    {
        using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
