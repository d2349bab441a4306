using System.Text;

namespace SyriaTalks.Ingestion.Reading;

/// <summary>Text helpers: collapse whitespace, compare strings ignoring case and punctuation.</summary>
internal static class TextNormal
{
    public static string Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch == '\u200B' || ch == '\uFEFF')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>Lower-case letters and digits with single spaces: a key for comparing headlines and names.</summary>
    public static string Key(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }
                space = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else if (ch is not '\'' and not '\u2019')
            {
                space = true;
            }
        }
        return sb.ToString();
    }
}
