namespace SyriaTalks.Extraction.Text;

/// <summary>Binary search over lists kept in text order (tokens, sentences, quotations).</summary>
internal static class SortedSearch
{
    /// <summary>
    /// How many leading items satisfy <paramref name="isBefore"/>, for a predicate that holds for a prefix of the list
    /// and not after it (the index of the first item that does not). The state argument lets callers pass a static
    /// lambda, so that lookups on a hot path allocate nothing.
    /// </summary>
    public static int CountBefore<T, TState>(IReadOnlyList<T> items, TState state, Func<T, TState, bool> isBefore)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (isBefore(items[mid], state))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
