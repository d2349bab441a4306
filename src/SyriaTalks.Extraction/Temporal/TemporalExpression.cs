using SyriaTalks.Domain;

namespace SyriaTalks.Extraction.Temporal;

/// <summary>What sort of time a temporal expression names; events use it to decide what is a dated happening.</summary>
public enum TemporalKind
{
    /// <summary>A calendar date or one resolved from a relative word ("Feb. 25", "Wednesday", "two days ago").</summary>
    Point,

    /// <summary>A span ("the past two days", "last week", "2013-2014").</summary>
    Range,

    /// <summary>A loose span around publication ("this week", "this year", "in recent months").</summary>
    Vague,

    /// <summary>A horizon rather than a happening ("by 2020").</summary>
    Deadline,

    /// <summary>The start implied by an age ("the now 5-year-old civil war" → the year it began).</summary>
    ImpliedStart,
}

/// <summary>Whether the clause around an expression speaks of the past or of what is planned.</summary>
public enum Tense
{
    Past,
    Future,
}

/// <summary>A temporal expression found in a sentence, resolved against the publication date.</summary>
public sealed record TemporalExpression(
    int Start,
    int End,
    string Text,
    DateOnly Date,
    DateOnly? DateEnd,
    DatePrecision Precision,
    TemporalKind Kind,
    Tense Tense);
