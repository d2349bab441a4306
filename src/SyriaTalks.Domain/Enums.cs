namespace SyriaTalks.Domain;

/// <summary>What sort of actor a name refers to.</summary>
public enum ActorKind
{
    Person,
    Organization,
    State,
    ArmedGroup,
}

/// <summary>What sort of place a name refers to.</summary>
public enum PlaceKind
{
    Country,
    City,
    Town,
    Region,
    Site,
}

/// <summary>How precisely a date is known: the rest of the ISO date is not meaningful.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}

/// <summary>Small event taxonomy in the spirit of CAMEO/ACLED (see docs/extraction.md).</summary>
public enum EventKind
{
    Talks,
    Statement,
    MilitaryAction,
    AirStrike,
    Displacement,
    Ceasefire,
    Aid,
    Casualties,
    Agreement,
    Diplomacy,
    Protest,
    Other,
}

public static class EnumText
{
    /// <summary>The lower-case label used in JSON and the UI ("armed group", "air strike").</summary>
    public static string ToLabel(this ActorKind kind) => kind switch
    {
        ActorKind.ArmedGroup => "armed group",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string ToLabel(this PlaceKind kind) => kind.ToString().ToLowerInvariant();

    public static string ToLabel(this DatePrecision precision) => precision.ToString().ToLowerInvariant();

    public static string ToLabel(this EventKind kind) => kind switch
    {
        EventKind.MilitaryAction => "military action",
        EventKind.AirStrike => "air strike",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
