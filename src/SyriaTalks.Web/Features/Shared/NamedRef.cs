namespace SyriaTalks.Web.Features.Shared;

/// <summary>An entity as a link target: its id and display name.</summary>
public sealed record NamedRef(int Id, string Name);

/// <summary>One bar of a chart: a label, a value and where clicking it leads.</summary>
public sealed record ChartBar(string Label, int Value, string? Href = null);

/// <summary>Parsing helpers for query-string values.</summary>
public static class QueryText
{
    public static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;

    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A LIKE pattern that matches <paramref name="text"/> anywhere, with LIKE's wildcards escaped by a backslash.</summary>
    public static string Contains(string text) =>
        "%" + text.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}
