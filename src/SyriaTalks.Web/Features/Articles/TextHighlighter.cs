using System.Text.RegularExpressions;

namespace SyriaTalks.Web.Features.Articles;

/// <summary>Which nesting level a mark belongs to: event sentences hold quotes, quotes hold names and dates.</summary>
public enum MarkLayer
{
    Event,
    Quote,
    Entity,
}

/// <summary>
/// Something to mark in the article text: its layer, its kind ("event", "quote", "speaker", "actor", "place",
/// "date"), the id of what it belongs to, where clicking leads and what hovering says.
/// </summary>
public sealed record Highlight(int Start, int End, string Kind, int Id, MarkLayer Layer = MarkLayer.Quote, string? Href = null, string? Title = null);

/// <summary>A run of text with the marks of each layer it lies in; <c>…Starts</c> says it opens that mark (where its anchor id goes).</summary>
public sealed record TextSegment(string Text, Highlight? Highlight, Highlight? Event = null, Highlight? Entity = null, bool EventStarts = false, bool QuoteStarts = false);

/// <summary>Consecutive segments sharing the same mark on one layer.</summary>
public sealed record SegmentGroup(Highlight? Mark, bool Starts, IReadOnlyList<TextSegment> Segments);

/// <summary>
/// Cuts the article body into paragraphs of segments so the page can mark event sentences, quotes, names, places
/// and dates while still rendering every character as text (never as markup).
/// </summary>
public static partial class TextHighlighter
{
    public static IReadOnlyList<IReadOnlyList<TextSegment>> Paragraphs(string text, IEnumerable<Highlight> highlights)
    {
        var valid = highlights.Where(h => h.Start >= 0 && h.End <= text.Length && h.End > h.Start).ToList();
        var events = Placed(valid.Where(h => h.Layer == MarkLayer.Event));
        var quotes = Placed(valid.Where(h => h.Layer == MarkLayer.Quote));
        var entities = Placed(valid.Where(h => h.Layer == MarkLayer.Entity));

        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var h in events.Concat(quotes).Concat(entities))
        {
            cuts.Add(h.Start);
            cuts.Add(h.End);
        }
        for (var i = text.IndexOf("\n\n", StringComparison.Ordinal); i >= 0; i = text.IndexOf("\n\n", i + 2, StringComparison.Ordinal))
        {
            cuts.Add(i);
            cuts.Add(i + 2);
        }

        var result = new List<IReadOnlyList<TextSegment>>();
        var paragraph = new List<TextSegment>();
        var opened = new HashSet<Highlight>();
        var bounds = cuts.ToList();
        for (var i = 0; i + 1 < bounds.Count; i++)
        {
            var (start, end) = (bounds[i], bounds[i + 1]);
            var piece = text[start..end];
            if (piece == "\n\n")
            {
                Flush();
                continue;
            }
            var e = Covering(events, start, end);
            var q = Covering(quotes, start, end);
            var n = Covering(entities, start, end);
            // A name crossing a quote's edge is shown as plain text rather than break the nesting.
            if (n is not null && (q is null ? quotes.Any(x => Overlaps(x, n)) : n.Start < q.Start || n.End > q.End))
            {
                n = null;
            }
            paragraph.Add(new TextSegment(piece, q, e, n, e is not null && opened.Add(e), q is not null && opened.Add(q)));
        }
        Flush();
        return result;

        void Flush()
        {
            if (paragraph.Any(s => !string.IsNullOrWhiteSpace(s.Text)))
            {
                result.Add([.. paragraph]);
            }
            paragraph = [];
        }
    }

    /// <summary>Consecutive segments grouped by the mark they share on one layer, for nested rendering.</summary>
    public static IReadOnlyList<SegmentGroup> Group(IReadOnlyList<TextSegment> segments, MarkLayer layer)
    {
        var groups = new List<SegmentGroup>();
        var current = new List<TextSegment>();
        Highlight? mark = null;
        var starts = false;
        foreach (var s in segments)
        {
            var m = layer switch { MarkLayer.Event => s.Event, MarkLayer.Quote => s.Highlight, _ => s.Entity };
            if (current.Count > 0 && !ReferenceEquals(m, mark))
            {
                groups.Add(new SegmentGroup(mark, starts, current));
                current = [];
            }
            if (current.Count == 0)
            {
                mark = m;
                starts = layer switch { MarkLayer.Event => s.EventStarts, MarkLayer.Quote => s.QuoteStarts, _ => false };
            }
            current.Add(s);
        }
        if (current.Count > 0)
        {
            groups.Add(new SegmentGroup(mark, starts, current));
        }
        return groups;
    }

    /// <summary>Every whole-word occurrence of the names, longest names first, never overlapping each other.</summary>
    public static IEnumerable<(int Start, int End, T Item)> FindNames<T>(string text, IEnumerable<(string Name, T Item)> names)
    {
        var taken = new List<(int Start, int End, T Item)>();
        foreach (var (name, item) in names.Where(n => n.Name.Length >= 2).OrderByDescending(n => n.Name.Length))
        {
            for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.Ordinal))
            {
                var end = i + name.Length;
                if ((i > 0 && char.IsLetterOrDigit(text[i - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end])))
                {
                    continue;
                }
                if (taken.All(t => end <= t.Start || i >= t.End))
                {
                    taken.Add((i, end, item));
                }
            }
        }
        return taken.OrderBy(t => t.Start);
    }

    /// <summary>Date expressions as news writing has them: weekdays, "Feb. 25", "25 February 2016", "last week".</summary>
    public static IEnumerable<(int Start, int End)> FindDates(string text) =>
        DateExpression().Matches(text).Select(m => (m.Index, m.Index + m.Length));

    [GeneratedRegex(@"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?(?:,\s*\d{4})?|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?)?(?:,?\s+\d{4})|(?:January|February|April|June|July|August|September|October|November|December)(?:\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?)?|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|(?:yesterday|today|tomorrow|(?:last|next|this)\s+(?:week|month|year|weekend))|\d{4}-\d{2}-\d{2})\b")]
    private static partial Regex DateExpression();

    /// <summary>Earlier, longer spans win; spans overlapping one already placed are dropped.</summary>
    private static List<Highlight> Placed(IEnumerable<Highlight> spans)
    {
        var placed = new List<Highlight>();
        foreach (var h in spans.OrderBy(h => h.Start).ThenByDescending(h => h.End))
        {
            if (placed.Count == 0 || h.Start >= placed[^1].End)
            {
                placed.Add(h);
            }
        }
        return placed;
    }

    private static Highlight? Covering(List<Highlight> spans, int start, int end) =>
        spans.FirstOrDefault(h => h.Start <= start && h.End >= end);

    private static bool Overlaps(Highlight a, Highlight b) => a.Start < b.End && b.Start < a.End;
}
