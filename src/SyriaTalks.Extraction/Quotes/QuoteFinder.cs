namespace SyriaTalks.Extraction.Quotes;

/// <summary>A quotation found in a text: its content range (marks excluded), and the content of each paragraph it runs over.</summary>
internal sealed record QuoteSpan(int Start, int End, string Text, int OpenMark, int CloseMark, IReadOnlyList<(int Start, int End)> Pieces)
{
    public bool Contains(int position) => Pieces.Any(p => position >= p.Start && position < p.End);
}

/// <summary>
/// Finds quotations: straight and curly double marks; a quotation reopened at the start of each following paragraph
/// and closed only at the end is one quotation; single marks inside a quotation are part of it; a mark that never
/// closes is dropped at the end of its paragraph, so a stray mark never swallows the rest of the article.
/// </summary>
internal static class QuoteFinder
{
    /// <summary>Double-quoted spans of a body whose paragraphs are given; with <paramref name="single"/>, ‘single’ marks instead.</summary>
    public static List<QuoteSpan> Find(string text, IReadOnlyList<(int Start, int End)> paragraphs, bool single = false)
    {
        var result = new List<QuoteSpan>();
        var carry = new List<(int Start, int End)>();
        var carryOpen = -1;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var (ps, pe) = paragraphs[p];
            var open = -1;
            if (carry.Count > 0)
            {
                if (IsOpening(text, ps, ps, pe, single))
                {
                    open = ps;
                }
                else
                {
                    carry.Clear(); // the previous paragraph's mark was stray after all
                }
            }
            for (var i = ps; i < pe; i++)
            {
                if (i == open)
                {
                    continue;
                }
                if (open >= 0 && IsClosing(text, i, ps, pe, single))
                {
                    Emit(text, result, carry, carryOpen >= 0 && carry.Count > 0 ? carryOpen : open, open + 1, i);
                    carry.Clear();
                    carryOpen = -1;
                    open = -1;
                }
                else if (IsOpening(text, i, ps, pe, single))
                {
                    if (open >= 0 && !single && AfterSentenceEnd(text, i, open))
                    {
                        // "A. "B. "C.": paragraphs of one quotation run together, each reopened and none closed but the last
                        if (carry.Count == 0)
                        {
                            carryOpen = open;
                        }
                        carry.Add((open + 1, i));
                    }
                    else if (open >= 0)
                    {
                        carry.Clear(); // two openings: the first was stray
                        carryOpen = -1;
                    }
                    open = i;
                }
            }
            if (open < 0)
            {
                continue;
            }
            var next = p + 1 < paragraphs.Count ? paragraphs[p + 1] : (Start: -1, End: -1);
            if (next.Start >= 0 && IsOpening(text, next.Start, next.Start, next.End, single))
            {
                // news style: the mark reopens each paragraph of a long quotation and closes only at its end
                if (carry.Count == 0)
                {
                    carryOpen = open;
                }
                carry.Add((open + 1, pe));
                continue;
            }
            if (carry.Count > 0 || open == ps || OpensSentence(text, open, ps))
            {
                // a quotation whose closing mark was forgotten, opened where a sentence starts, runs to the paragraph end
                Emit(text, result, carry, carry.Count > 0 ? carryOpen : open, open + 1, pe, closed: false);
            }
            carry.Clear();
            carryOpen = -1;
        }
        return result;
    }

    // a second opening mark right after a full stop, question or exclamation mark inside the open quotation
    private static bool AfterSentenceEnd(string text, int mark, int open)
    {
        var i = mark - 1;
        while (i > open && char.IsWhiteSpace(text[i]))
        {
            i--;
        }
        return i > open + 1 && i < mark - 1 && text[i] is '.' or '?' or '!';
    }

    private static bool OpensSentence(string text, int open, int paragraphStart)
    {
        var i = open - 1;
        while (i >= paragraphStart && char.IsWhiteSpace(text[i]))
        {
            i--;
        }
        while (i >= paragraphStart && text[i] is '"' or '\u201D')
        {
            i--;
        }
        return i < paragraphStart || text[i] is '.' or '!' or '?';
    }

    private static void Emit(string text, List<QuoteSpan> result, List<(int Start, int End)> carry, int openMark, int start, int end, bool closed = true)
    {
        var pieces = new List<(int, int)>(carry) { (start, end) };
        var parts = pieces.Select(x => text[x.Item1..x.Item2].Trim()).Where(s => s.Length > 0).ToList();
        var content = string.Join(" ", parts);
        if (content.Count(char.IsLetterOrDigit) == 0)
        {
            return;
        }
        var first = pieces[0];
        result.Add(new QuoteSpan(first.Item1, end, content, openMark, closed ? end : -1, pieces));
    }

    private static bool IsOpening(string text, int i, int start, int end, bool single)
    {
        var c = text[i];
        if (single)
        {
            return c == '\u2018' || (c == '\'' && OpensSingle(text, i, start, end));
        }
        return QuoteMarks.IsOpeningDouble(c) || (c == '"' && QuoteMarks.OpensStraight(text, i, start, end));
    }

    private static bool IsClosing(string text, int i, int start, int end, bool single)
    {
        var c = text[i];
        if (single)
        {
            // an apostrophe inside a word (don't, Syria's) is no closing mark
            var after = i + 1 < end ? text[i + 1] : ' ';
            return (c is '\u2019' or '\'') && i > start && !char.IsWhiteSpace(text[i - 1]) && !char.IsLetter(after);
        }
        return QuoteMarks.IsClosingDouble(c) || (c == '"' && QuoteMarks.ClosesStraight(text, i, start));
    }

    private static bool OpensSingle(string text, int i, int start, int end)
    {
        var before = i > start ? text[i - 1] : ' ';
        var after = i + 1 < end ? text[i + 1] : ' ';
        return char.IsLetterOrDigit(after) && (char.IsWhiteSpace(before) || before is '(' or '[' or ':' or '\u2014' or '-');
    }
}
