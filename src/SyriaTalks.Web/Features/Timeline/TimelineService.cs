using Microsoft.EntityFrameworkCore;
using SyriaTalks.Data;
using SyriaTalks.Domain;

namespace SyriaTalks.Web.Features.Timeline;

/// <summary>Filters of the timeline, as they stand in its URL.</summary>
public sealed record TimelineFilter(string? Actor = null, string? Place = null, EventKind? Kind = null, DateOnly? From = null, DateOnly? To = null);

public sealed record NamedRef(int Id, string Name);

public sealed record TimelineEvent(
    int Id,
    DateOnly Date,
    DateOnly? DateEnd,
    DatePrecision Precision,
    EventKind Kind,
    string Summary,
    string Sentence,
    bool IsPlanned,
    int ArticleId,
    string ArticleTitle,
    IReadOnlyList<NamedRef> Actors,
    IReadOnlyList<NamedRef> Places)
{
    public string DateLabel => NameKey.FormatDate(Date, Precision) + (DateEnd is { } end ? " – " + NameKey.FormatDate(end, Precision) : "");
}

public sealed record TimelineDay(DateOnly Date, IReadOnlyList<TimelineEvent> Events);

/// <summary>Reads events in date order for the timeline.</summary>
public sealed class TimelineService(IDbContextFactory<SyriaTalksDbContext> dbFactory)
{
    public const int MaxEvents = 500;

    public async Task<IReadOnlyList<TimelineDay>> GetAsync(TimelineFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Events.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            query = query.Where(e => e.Actors.Any(a => a.Name == filter.Actor));
        }
        if (!string.IsNullOrWhiteSpace(filter.Place))
        {
            query = query.Where(e => e.Places.Any(p => p.Name == filter.Place));
        }
        if (filter.Kind is { } kind)
        {
            query = query.Where(e => e.Kind == kind);
        }
        if (filter.From is { } from)
        {
            query = query.Where(e => e.Date >= from);
        }
        if (filter.To is { } to)
        {
            query = query.Where(e => e.Date <= to);
        }
        var events = await query
            .OrderBy(e => e.Date).ThenBy(e => e.ArticleId).ThenBy(e => e.Start)
            .Take(MaxEvents)
            .Select(e => new TimelineEvent(
                e.Id, e.Date, e.DateEnd, e.Precision, e.Kind, e.Summary, e.Sentence, e.IsPlanned, e.ArticleId, e.Article!.Title,
                e.Actors.OrderBy(a => a.Name).Select(a => new NamedRef(a.Id, a.Name)).ToList(),
                e.Places.OrderBy(p => p.Name).Select(p => new NamedRef(p.Id, p.Name)).ToList()))
            .ToListAsync(ct);
        return [.. events.GroupBy(e => e.Date).Select(g => new TimelineDay(g.Key, [.. g]))];
    }
}
