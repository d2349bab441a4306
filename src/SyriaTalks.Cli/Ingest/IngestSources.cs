using SyriaTalks.Ingestion.Pipeline;

namespace SyriaTalks.Cli.Ingest;

/// <summary>
/// The articles under the paths given to <c>ingest</c>: files as they are, folders searched recursively, a corpus
/// folder (article.html/.htm/.txt with meta.json) taken as one article. Sorted, so that a rerun goes in the same order.
/// </summary>
public static class IngestSources
{
    private static readonly string[] Extensions = [".html", ".htm", ".txt"];
    private static readonly string[] CorpusArticles = ["article.html", "article.htm", "article.txt"];

    public static IReadOnlyList<CorpusEntry> Find(string path)
    {
        var found = new List<CorpusEntry>();
        if (File.Exists(path))
        {
            found.AddRange(CorpusEntry.Find(path));
        }
        else if (Directory.Exists(path))
        {
            Walk(new DirectoryInfo(path), found, new HashSet<string>(StringComparer.Ordinal));
        }
        return found;
    }

    private static void Walk(DirectoryInfo dir, List<CorpusEntry> found, HashSet<string> seen)
    {
        // A symbolic link back up the tree must not loop forever.
        var real = dir.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? dir.FullName;
        if (!seen.Add(real))
        {
            return;
        }
        if (CorpusArticles.Any(name => File.Exists(Path.Combine(dir.FullName, name))))
        {
            found.AddRange(CorpusEntry.Find(dir.FullName));
            return;
        }
        foreach (var file in dir.EnumerateFiles().OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            if (Extensions.Contains(file.Extension.ToLowerInvariant()) && !file.Name.StartsWith('.'))
            {
                found.AddRange(CorpusEntry.Find(file.FullName));
            }
        }
        foreach (var sub in dir.EnumerateDirectories().OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            if (!sub.Name.StartsWith('.'))
            {
                Walk(sub, found, seen);
            }
        }
    }
}
