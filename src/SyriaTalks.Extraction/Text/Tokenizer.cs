namespace SyriaTalks.Extraction.Text;

/// <summary>A word of the body with its offsets (end exclusive).</summary>
internal readonly record struct Token(int Start, int End, string Text)
{
    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool IsAllCaps => Text.Any(char.IsLetter) && !Text.Any(char.IsLower);

    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);
}

/// <summary>Cuts text into words and punctuation, keeping what names are made of: U.N., al-Assad, Ra'ad, Ki-moon.</summary>
internal static class Tokenizer
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "led", "backed", "affiliated", "based", "linked", "allied", "held", "controlled", "brokered", "sponsored", "run",
        "aligned", "funded", "supported", "inspired", "dominated", "friendly", "born", "style", "era", "owned", "run", "operated", "organised", "organized",
    };

    private static readonly HashSet<string> TitleAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Gov", "Lt", "Sgt", "Capt", "Cmdr", "Col", "Maj", "Brig", "Adm", "Sen", "Rep",
        "Reps", "Rev", "St", "Pres", "Sec", "Jr", "Sr", "Messrs", "Del", "Sens",
    };

    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                // possessive 's / ’s is a token of its own so "Assad's" still names Assad
                if (c is '\'' or '\u2019' && i + 1 < end && text[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2])) && i > start && char.IsLetterOrDigit(text[i - 1]))
                {
                    tokens.Add(new Token(i, i + 2, text.Substring(i, 2)));
                    i += 2;
                    continue;
                }
                tokens.Add(new Token(i, i + 1, text.Substring(i, 1)));
                i++;
                continue;
            }
            var j = i + 1;
            while (j < end)
            {
                var d = text[j];
                if (char.IsLetterOrDigit(d))
                {
                    j++;
                }
                else if (d is '-' or '\'' or '\u2019' or '.' or '&' && j + 1 < end && char.IsLetterOrDigit(text[j + 1])
                    && !(d is '\'' or '\u2019' && text[j + 1] is 's' or 'S' && (j + 2 >= end || !char.IsLetterOrDigit(text[j + 2]))))
                {
                    j += 2;
                }
                else
                {
                    break;
                }
            }
            // a final dot belongs to dotted abbreviations (U.N., U.S.), initials (F.) and titles (Rep., Gen.)
            if (j < end && text[j] == '.' && (text.AsSpan(i, j - i).Contains('.') || (j - i == 1 && char.IsUpper(c))
                || (char.IsUpper(c) && TitleAbbreviations.Contains(text[i..j]))))
            {
                j++;
            }
            // "al-Qaida-affiliated", "U.S.-led", "Iranian-backed": the name before the suffix is a word of its own
            var dash = text.LastIndexOf('-', j - 1, j - i);
            if (dash > i && Suffixes.Contains(text[(dash + 1)..j]))
            {
                tokens.Add(new Token(i, dash, text[i..dash]));
                tokens.Add(new Token(dash, dash + 1, "-"));
                tokens.Add(new Token(dash + 1, j, text[(dash + 1)..j]));
                i = j;
                continue;
            }
            tokens.Add(new Token(i, j, text[i..j]));
            i = j;
        }
        return tokens;
    }
}
