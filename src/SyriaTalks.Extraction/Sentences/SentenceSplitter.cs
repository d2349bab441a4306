using System.Collections.Frozen;
using System.Text.RegularExpressions;
using SyriaTalks.Extraction.Quotes;
using SyriaTalks.Extraction.Text;

namespace SyriaTalks.Extraction.Sentences;

/// <summary>
/// Splits a body into paragraphs ("\n\n") and sentences with offsets: abbreviation-aware (U.N., Feb. 25,
/// Mr., initials, "No. 2"), never inside a quotation that closes in the same paragraph, and with the
/// dateline ("BEIRUT (Reuters) -", "GENEVA/MUSCAT") left out of the first sentence.
/// </summary>
public static partial class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations =
        EmbeddedData.Lines("Sentences/abbreviations.txt").Select(a => a.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

    // Titles and the like stand before a name or a number, so a sentence never ends on them.
    private static readonly FrozenSet<string> NeverFinal = new[]
    {
        "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "gov", "lt", "sgt", "capt", "cmdr", "col", "maj", "brig", "adm",
        "pres", "rev", "sen", "sens", "rep", "reps", "del", "st", "mt", "vs", "e.g", "i.e", "ft",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Months = new[]
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that usually open a sentence (Punkt's English starters and a few more): after an
    // abbreviation that can also end a sentence ("the U.S."), one of these says the sentence did end.
    private static readonly FrozenSet<string> Starters = new[]
    {
        "according", "although", "among", "both", "but", "despite", "even", "he", "however", "i", "if", "in", "indeed",
        "instead", "it", "many", "meanwhile", "moreover", "most", "nevertheless", "nonetheless", "nor", "separately",
        "similarly", "since", "so", "some", "the", "there", "these", "they", "this", "though", "thus", "under", "when",
        "while", "yet", "a", "an", "after", "also", "as", "at", "we", "she", "his", "her", "its", "their", "our", "on",
        "that", "those", "what", "with", "by", "for", "from", "last", "earlier", "later", "asked", "speaking",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The sentences of a body, in order, each with its paragraph number (0-based).</summary>
    public static IReadOnlyList<ExtractedSentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<ExtractedSentence>();
        var paragraphs = Paragraphs(text);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var (start, end) = paragraphs[p];
            if (p == 0 && FindDateline(text, start, end) is { } dateline)
            {
                start = dateline.End;
            }
            SplitParagraph(text, start, end, p, result);
        }
        return result;
    }

    /// <summary>The paragraphs of a body as [start, end) ranges, blank lines separating them, outer whitespace trimmed.</summary>
    public static IReadOnlyList<(int Start, int End)> Paragraphs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            var end = NextParagraphBreak(text, i);
            var (s, e) = Trim(text, i, end);
            if (e > s)
            {
                result.Add((s, e));
            }
            i = end;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
        }
        return result;
    }

    /// <summary>
    /// The dateline that opens a story's first paragraph ("BEIRUT (Reuters) - ", "GENEVA/MUSCAT ", "Beirut, Syria (CNN) — "),
    /// as the range to skip, or null when the paragraph opens with the story itself.
    /// </summary>
    public static (int Start, int End)? FindDateline(string text, int start, int end)
    {
        var window = text.AsSpan(start, Math.Min(end - start, 120));
        var m = DatelineWithDash().Match(window.ToString());
        // "The talks - which ..." is no dateline: the place is in capitals, or an agency credit follows it.
        var place = m.Groups["place"].Value;
        var firstWord = place.Split(' ', ',', '/')[0];
        if (m.Success && !m.Groups["credit"].Success && !(firstWord.Length >= 3 && firstWord.All(c => !char.IsLower(c))))
        {
            m = Match.Empty;
        }
        if (!m.Success)
        {
            m = CapitalsDateline().Match(window.ToString());
            // "NATO Secretary General ..." opens with an acronym, not a city: a dateline without a dash
            // must have several words or a slash ("PARIS/UNITED NATIONS Major powers ...").
            if (!m.Success || !(m.Groups["place"].Value.Contains('/') || m.Groups["place"].Value.Contains(' ')))
            {
                return null;
            }
        }
        return (start, start + m.Length);
    }

    private static void SplitParagraph(string text, int start, int end, int paragraph, List<ExtractedSentence> result)
    {
        var quoted = QuotedRegions(text, start, end);
        var s = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '\u2026'))
            {
                continue;
            }
            var j = i + 1;
            while (j < end && text[j] is '.' or '!' or '?' or '\u2026')
            {
                j++;
            }
            while (j < end && text[j] is '"' or '\u201D' or '\u2019' or '\'' or ')' or ']')
            {
                j++;
            }
            if (j >= end || !char.IsWhiteSpace(text[j]))
            {
                continue;
            }
            var k = j;
            while (k < end && char.IsWhiteSpace(text[k]))
            {
                k++;
            }
            if (k >= end || !IsSentenceStart(text[k]) || InsideQuote(quoted, i, j))
            {
                continue;
            }
            if (c == '.' && !EndsSentence(text, s, i, k, end))
            {
                continue;
            }
            Add(text, s, j, paragraph, result);
            s = k;
            i = k - 1;
        }
        Add(text, s, end, paragraph, result);
    }

    private static bool IsSentenceStart(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u2018' or '\'' or '(' or '[';

    // The quotation a terminator sits in must still be open after it ("... assumptions. The main ...,"
    // said X): the sentence goes on to the attribution. A mark closing right at j ended the quote.
    private static bool InsideQuote(List<(int Open, int Close)> quoted, int i, int j)
    {
        foreach (var (open, close) in quoted)
        {
            if (open < i && close >= j)
            {
                return true;
            }
        }
        return false;
    }

    private static bool EndsSentence(string text, int sentenceStart, int dot, int next, int end)
    {
        var t = dot;
        while (t > sentenceStart && !char.IsWhiteSpace(text[t - 1]) && text[t - 1] is not ('"' or '\u201C' or '\u2018' or '(' or '['))
        {
            t--;
        }
        if (t == dot)
        {
            return true;
        }
        var token = text[t..dot];
        var lower = token.ToLowerInvariant();
        var nextWord = WordAt(text, next, end);
        var nextIsDigit = char.IsDigit(text[next]);
        if (token.Length == 1 && char.IsUpper(token[0]))
        {
            return false; // an initial: "John F. Kennedy", "G. W. Bush"
        }
        if (lower is "no" or "nos")
        {
            return !(char.IsUpper(token[0]) && nextIsDigit); // "No. 2" but "the answer was no."
        }
        if (NeverFinal.Contains(lower))
        {
            return false;
        }
        if (Months.Contains(lower) && nextIsDigit)
        {
            return false;
        }
        if (Abbreviations.Contains(lower) || lower.Contains('.'))
        {
            // "the U.S. The talks ..." ends; "the U.S. Secretary of State" does not.
            return Starters.Contains(nextWord) || text[next] is '"' or '\u201C';
        }
        return true;
    }

    private static string WordAt(string text, int i, int end)
    {
        var j = i;
        while (j < end && char.IsLetter(text[j]))
        {
            j++;
        }
        return text[i..j];
    }

    /// <summary>Double-quoted regions that open and close inside [start, end); a stray mark opens nothing.</summary>
    internal static List<(int Open, int Close)> QuotedRegions(string text, int start, int end)
    {
        var regions = new List<(int, int)>();
        var open = -1;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\u201C' || (c == '"' && open < 0 && QuoteMarks.OpensStraight(text, i, start, end)))
            {
                open = i;
            }
            else if ((c == '\u201D' || c == '"') && open >= 0)
            {
                regions.Add((open, i));
                open = -1;
            }
        }
        return regions;
    }

    private static void Add(string text, int start, int end, int paragraph, List<ExtractedSentence> result)
    {
        var (s, e) = Trim(text, start, end);
        if (e > s)
        {
            result.Add(new ExtractedSentence(s, e, paragraph, text[s..e]));
        }
    }

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return (start, end);
    }

    private static int NextParagraphBreak(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] != '\n')
            {
                continue;
            }
            var j = i + 1;
            while (j < text.Length && text[j] is ' ' or '\t' or '\r')
            {
                j++;
            }
            if (j < text.Length && text[j] == '\n')
            {
                return i;
            }
        }
        return text.Length;
    }

    [GeneratedRegex(@"^(?<place>[\p{L}][\p{L}.'\-]*(?:[ /,]{1,2}[\p{L}][\p{L}.'\-]*){0,5})\s{0,3}(?<credit>\([\p{L}. ]{2,30}\)\s{0,3})?[-\u2013\u2014]{1,2}\s{0,3}", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineWithDash();

    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{Lu}.'\-]+(?:[ /]{1,2}\p{Lu}[\p{Lu}.'\-]+){0,4})\s{1,3}(?=\p{Lu}\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalsDateline();
}
