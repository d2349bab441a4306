namespace SyriaTalks.Domain;

/// <summary>A dated happening reported in one sentence of an article.</summary>
public class Event
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }

    /// <summary>First day the date denotes (the 1st of the month for month precision, 1 January for year).</summary>
    public DateOnly Date { get; set; }
    public DateOnly? DateEnd { get; set; }
    public DatePrecision Precision { get; set; }
    public EventKind Kind { get; set; }
    public required string Summary { get; set; }
    public required string Sentence { get; set; }
    public int Start { get; set; }
    public int End { get; set; }

    /// <summary>True when the article announces the event as still to come.</summary>
    public bool IsPlanned { get; set; }

    public List<Actor> Actors { get; set; } = [];
    public List<Place> Places { get; set; } = [];
}
