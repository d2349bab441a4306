using System.Text;

namespace SyriaTalks.Ingestion.Storing;

/// <summary>
/// Makes a file name given by a user safe to store and show: the last path segment only, no control or
/// bidirectional-override characters, at most <see cref="MaxLength"/> characters with the extension kept.
/// </summary>
public static class SourceName
{
    public const int MaxLength = 120;

    public static string Sanitize(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return "untitled";
        }
        // Browsers and scripts send "C:\fakepath\a.html" or "../../etc/passwd": only the last segment is a name.
        var name = fileName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            if (char.IsControl(c) || IsFormatting(c))
            {
                continue;
            }
            sb.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }
        name = sb.ToString().Trim().Trim('.').Trim();
        if (name.Length == 0)
        {
            return "untitled";
        }
        if (name.Length <= MaxLength)
        {
            return name;
        }
        var extension = Path.GetExtension(name);
        if (extension.Length > 10)
        {
            extension = "";
        }
        var stem = name[..(MaxLength - extension.Length - 1)];
        if (char.IsHighSurrogate(stem[^1]))
        {
            stem = stem[..^1];
        }
        return stem + "…" + extension;
    }

    // Right-to-left overrides and zero-width characters can disguise "evil‮lmth.exe" as "evil.html".
    private static bool IsFormatting(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
}
