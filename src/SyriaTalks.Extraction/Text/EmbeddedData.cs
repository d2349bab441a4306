using System.Reflection;

namespace SyriaTalks.Extraction.Text;

/// <summary>Reads the engine's embedded data files (word lists, curated tables) from Resources/.</summary>
internal static class EmbeddedData
{
    /// <summary>The non-empty, non-comment lines of a resource, its path given relative to Resources/ ("Sentences/abbreviations.txt").</summary>
    public static IEnumerable<string> Lines(string relativePath)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        var suffix = ".Resources." + relativePath.Replace('/', '.').Replace('\\', '.');
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(suffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded resource '{relativePath}' is missing from {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var result = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                result.Add(trimmed);
            }
        }
        return result;
    }
}
