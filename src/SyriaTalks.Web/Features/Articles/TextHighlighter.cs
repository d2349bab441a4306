namespace SyriaTalks.Web.Features.Articles;

/// <summary>A span of the article text to mark: its kind ("quote", "event") and the id of what it belongs to.</summary>
public sealed record Highlight(int Start, int End, string Kind, int Id);

/// <summary>A run of text inside a paragraph, marked or plain.</summary>
public sealed record TextSegment(string Text, Highlight? Highlight);

/// <summary>
/// Cuts the article body into paragraphs of segments so the page can mark quotes and events while still
/// rendering every character as text (never as markup).
/// </summary>
public static class TextHighlighter
{
    public static IReadOnlyList<IReadOnlyList<TextSegment>> Paragraphs(string text, IEnumerable<Highlight> highlights)
    {
        // Earlier, longer spans win; spans overlapping an already placed one are dropped.
        var placed = new List<Highlight>();
        foreach (var h in highlights.Where(h => h.Start >= 0 && h.End <= text.Length && h.End > h.Start)
                     .OrderBy(h => h.Start).ThenByDescending(h => h.End))
        {
            if (placed.Count == 0 || h.Start >= placed[^1].End)
            {
                placed.Add(h);
            }
        }

        var result = new List<IReadOnlyList<TextSegment>>();
        var paragraphStart = 0;
        var next = 0;
        while (paragraphStart <= text.Length)
        {
            var paragraphEnd = text.IndexOf("\n\n", paragraphStart, StringComparison.Ordinal);
            if (paragraphEnd < 0)
            {
                paragraphEnd = text.Length;
            }
            var segments = new List<TextSegment>();
            var pos = paragraphStart;
            while (next < placed.Count && placed[next].Start < paragraphEnd)
            {
                var h = placed[next];
                var start = Math.Max(h.Start, pos);
                var end = Math.Min(h.End, paragraphEnd);
                if (start > pos)
                {
                    segments.Add(new TextSegment(text[pos..start], null));
                }
                segments.Add(new TextSegment(text[start..end], h));
                pos = end;
                if (h.End <= paragraphEnd)
                {
                    next++;
                }
                else
                {
                    break; // the span goes on in the next paragraph
                }
            }
            if (pos < paragraphEnd)
            {
                segments.Add(new TextSegment(text[pos..paragraphEnd], null));
            }
            if (segments.Count > 0 && segments.Any(s => !string.IsNullOrWhiteSpace(s.Text)))
            {
                result.Add(segments);
            }
            paragraphStart = paragraphEnd + 2;
        }
        return result;
    }
}
