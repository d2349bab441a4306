namespace SyriaTalks.Web.Features.Shared;

/// <summary>An entity as a link target: its id and display name.</summary>
public sealed record NamedRef(int Id, string Name);

/// <summary>An actor as a link target: a state, a person, an organisation and an armed group look different on a chip.</summary>
public sealed record ActorRef(int Id, string Name, SyriaTalks.Domain.ActorKind Kind)
{
    /// <summary>The Material icon for the actor's kind.</summary>
    public string Icon => Kind switch
    {
        SyriaTalks.Domain.ActorKind.State => MudBlazor.Icons.Material.Filled.Flag,
        SyriaTalks.Domain.ActorKind.Organization => MudBlazor.Icons.Material.Filled.AccountBalance,
        SyriaTalks.Domain.ActorKind.ArmedGroup => MudBlazor.Icons.Material.Filled.Shield,
        _ => MudBlazor.Icons.Material.Filled.Person,
    };

    /// <summary>The kind as the chip's <c>data-kind</c> attribute and tooltip.</summary>
    public string KindLabel => Kind switch
    {
        SyriaTalks.Domain.ActorKind.ArmedGroup => "armed group",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}

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
