using System.Globalization;
using System.Text;

namespace SyriaTalks.Extraction.Places;

/// <summary>Normal forms of place names: an exact key and a looser transliteration skeleton.</summary>
public static class PlaceName
{
    // Arabic and Turkish articles glued to names ("al-Raqqa", "Deir ez-Zor", "Ar Raqqah"). The first
    // set is never an English word; the second only counts as an article when hyphen-joined in text.
    private static readonly HashSet<string> StrongArticles = ["al", "el", "ad", "ar", "az", "ash", "ath", "ez", "ed", "ul", "adh", "ech"];
    private static readonly HashSet<string> WeakArticles = ["as", "at", "an", "es", "en", "et", "er"];

    /// <summary>Lower case, no diacritics, no apostrophes or dots; hyphens become spaces.</summary>
    public static string Fold(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        // Plain ASCII letters and digits (most words of a body) fold to their lower case alone: no builder needed.
        if (IsPlainAscii(s))
        {
            return s.ToLowerInvariant();
        }
        // Most names are plain ASCII: skip the Unicode decomposition for them.
        var decomposed = System.Text.Ascii.IsValid(s) ? s : s.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                continue;
            }
            switch (ch)
            {
                case '\'' or '\u2019' or '\u2018' or '\u02bc' or '\u02bf' or '\u02be' or '`' or '.' or '\u02bb':
                    continue;
                case '-' or '\u2010' or '\u2011' or '/' or ',' or '(' or ')':
                    sb.Append(' ');
                    continue;
                case '\u0131':
                    sb.Append('i'); // Turkish dotless i
                    continue;
                default:
                    sb.Append(char.ToLowerInvariant(ch));
                    break;
            }
        }
        return sb.ToString();
    }

    private static bool IsPlainAscii(string s)
    {
        foreach (var ch in s)
        {
            if (!char.IsAsciiLetterOrDigit(ch))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The key of a gazetteer name: folded words without articles, joined by single spaces.</summary>
    public static string Key(string name) => KeyOfWords(Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries), null);

    /// <summary>
    /// The key of folded words; <paramref name="hyphenAfter"/> tells which words were hyphen-joined to the
    /// next one in the text (null for gazetteer names, where every article-like word is an article).
    /// </summary>
    public static string KeyOfWords(IReadOnlyList<string> words, IReadOnlyList<bool>? hyphenAfter)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (i < words.Count - 1 && IsArticle(w, hyphenAfter is null || hyphenAfter[i]))
            {
                continue;
            }
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }
            sb.Append(w);
        }
        return sb.ToString();
    }

    /// <summary>Whether a folded word is an Arabic article in this position.</summary>
    public static bool IsArticle(string folded, bool hyphenated) =>
        // Every article has two or three letters; longer words skip the hashing.
        folded.Length is 2 or 3 && (StrongArticles.Contains(folded) || (hyphenated && WeakArticles.Contains(folded)));

    /// <summary>
    /// A transliteration skeleton: vowels (and y, w, h after a vowel) dropped after the first letter, doubled
    /// letters collapsed, q and c folded to k, so Hreitan/Haritan/Hariyatan/Hritan, Nubul/Nubl and
    /// Rityan/Ratyan/Rtiyan meet.
    /// </summary>
    public static string Skeleton(string key)
    {
        var sb = new StringBuilder(key.Length);
        var wordStart = true;
        var prevVowel = false;
        for (var i = 0; i < key.Length; i++)
        {
            var ch = key[i];
            if (ch == ' ')
            {
                sb.Append(' ');
                wordStart = true;
                continue;
            }
            ch = ch is 'q' or 'c' ? 'k' : ch;
            var vowel = ch is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w';
            if (wordStart)
            {
                sb.Append(ch);
                wordStart = false;
                prevVowel = vowel;
                continue;
            }
            var atWordEnd = i + 1 == key.Length || key[i + 1] == ' ';
            if (vowel || (ch == 'h' && prevVowel && atWordEnd))
            {
                prevVowel = vowel;
                continue;
            }
            prevVowel = false;
            if (sb.Length > 0 && sb[^1] == ch)
            {
                continue;
            }
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
