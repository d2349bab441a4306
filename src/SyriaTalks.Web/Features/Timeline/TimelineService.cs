using Microsoft.EntityFrameworkCore;
using SyriaTalks.Data;
using SyriaTalks.Domain;
using SyriaTalks.Web.Features.Shared;

namespace SyriaTalks.Web.Features.Timeline;

/// <summary>Filters of the timeline, as they stand in its URL.</summary>
public sealed record TimelineFilter(
    string? Actor = null,
    string? Place = null,
    EventKind? Kind = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int? ArticleId = null,
    bool? Planned = null);

/// <summary>One article reporting an event: where the event's sentence is.</summary>
public sealed record EventSource(int EventId, int ArticleId, string ArticleTitle, string? Outlet, string Sentence);

/// <summary>
/// An event as the timeline shows it: possibly reported by several articles (same day, same kind, overlapping
/// actors or places), shown once with all its sources.
/// </summary>
public sealed record TimelineEvent(
    int Id,
    DateOnly Date,
    DateOnly? DateEnd,
    DatePrecision Precision,
    EventKind Kind,
    string Summary,
    bool IsPlanned,
    IReadOnlyList<ActorRef> Actors,
    IReadOnlyList<NamedRef> Places,
    IReadOnlyList<EventSource> Sources)
{
    public string DateLabel => NameKey.FormatDate(Date, Precision) + (DateEnd is { } end ? " – " + NameKey.FormatDate(end, Precision) : "");

    public int SourceCount => Sources.Select(s => s.ArticleId).Distinct().Count();
}

public sealed record TimelineDay(DateOnly Date, IReadOnlyList<TimelineEvent> Events)
{
    /// <summary>
    /// The day's heading at the finest precision its events have: an event known only to the year sits on
    /// 1 January, and is headed "2015", not "Thursday 1 January 2015".
    /// </summary>
    public string Heading => Events.Min(e => e.Precision) switch
    {
        DatePrecision.Year => Date.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Month => Date.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
        _ => Date.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>Events per day over the whole filtered set (drives the chart, the count and the paging).</summary>
public sealed record DayCount(DateOnly Date, int Events);

/// <summary>One page of the timeline: whole days, never a day cut in two.</summary>
public sealed record TimelineResult(IReadOnlyList<DayCount> PerDay, int TotalEvents, int Page, int PageCount, IReadOnlyList<TimelineDay> Days);

/// <summary>
/// Reads the timeline a page at a time. A cheap GROUP BY date over the filtered events gives the chart, the total
/// and the page boundaries; only the events of the page's days are loaded, then merged across articles.
/// </summary>
public sealed class TimelineService(IDbContextFactory<SyriaTalksDbContext> dbFactory)
{
    /// <summary>A page closes once it holds at least this many events.</summary>
    public const int EventsPerPage = 60;

    /// <summary>A day with more events than this (only on huge stores) shows its first ones.</summary>
    public const int MaxEventsPerPage = 1000;

    public async Task<TimelineResult> GetAsync(TimelineFilter filter, int page = 0, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = Filtered(db, filter);
        var perDay = (await query.GroupBy(e => e.Date)
                .Select(g => new { Date = g.Key, Count = g.Count() })
                .OrderBy(d => d.Date)
                .ToListAsync(ct))
            .Select(d => new DayCount(d.Date, d.Count))
            .ToList();
        var pages = Pages(perDay);
        if (pages.Count == 0)
        {
            return new TimelineResult(perDay, 0, 0, 0, []);
        }
        page = Math.Clamp(page, 0, pages.Count - 1);
        var (first, last) = pages[page];
        var rows = await query
            .Where(e => e.Date >= first && e.Date <= last)
            .OrderBy(e => e.Date).ThenBy(e => e.ArticleId).ThenBy(e => e.Start)
            .Take(MaxEventsPerPage)
            .Select(e => new Row(
                e.Id, e.Date, e.DateEnd, e.Precision, e.Kind, e.Summary, e.Sentence, e.IsPlanned, e.ArticleId, e.Article!.Title, e.Article.Outlet,
                e.Actors.OrderBy(a => a.Name).Select(a => new ActorRef(a.Id, a.Name, a.Kind)).ToList(),
                e.Places.OrderBy(p => p.Name).Select(p => new NamedRef(p.Id, p.Name)).ToList()))
            .ToListAsync(ct);
        var days = rows.GroupBy(r => r.Date)
            .Select(g => new TimelineDay(g.Key, Merge([.. g])))
            .ToList();
        return new TimelineResult(perDay, perDay.Sum(d => d.Events), page, pages.Count, days);
    }

    /// <summary>Event kinds present in the store, for the kind filter.</summary>
    public async Task<IReadOnlyList<EventKind>> KindsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Events.Select(e => e.Kind).Distinct().OrderBy(k => k).ToListAsync(ct);
    }

    /// <summary>Title of an article, to name the article filter.</summary>
    public async Task<string?> ArticleTitleAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Articles.Where(a => a.Id == id).Select(a => a.Title).FirstOrDefaultAsync(ct);
    }

    /// <summary>The id of the actor of that name, to link the actor filter to the actor's page.</summary>
    public async Task<int?> ActorIdAsync(string name, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Actors.Where(a => a.Name == name).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
    }

    private static IQueryable<Event> Filtered(SyriaTalksDbContext db, TimelineFilter filter)
    {
        var query = db.Events.AsNoTracking();
        // Actor and place filters go through the join tables, whose keys start with the actor or place: index lookups.
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actorIds = db.Actors.Where(a => a.Name == filter.Actor).Select(a => a.Id);
            var eventIds = db.Set<Dictionary<string, object>>("EventActors")
                .Where(x => actorIds.Contains(EF.Property<int>(x, "ActorsId"))).Select(x => EF.Property<int>(x, "EventId"));
            query = query.Where(e => eventIds.Contains(e.Id));
        }
        if (!string.IsNullOrWhiteSpace(filter.Place))
        {
            var placeIds = db.Places.Where(p => p.Name == filter.Place).Select(p => p.Id);
            var eventIds = db.Set<Dictionary<string, object>>("EventPlaces")
                .Where(x => placeIds.Contains(EF.Property<int>(x, "PlacesId"))).Select(x => EF.Property<int>(x, "EventId"));
            query = query.Where(e => eventIds.Contains(e.Id));
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
        if (filter.ArticleId is { } articleId)
        {
            query = query.Where(e => e.ArticleId == articleId);
        }
        if (filter.Planned is { } planned)
        {
            query = query.Where(e => e.IsPlanned == planned);
        }
        return query;
    }

    /// <summary>Cuts the days into pages of whole days holding about <see cref="EventsPerPage"/> events each.</summary>
    internal static List<(DateOnly First, DateOnly Last)> Pages(IReadOnlyList<DayCount> perDay)
    {
        var pages = new List<(DateOnly, DateOnly)>();
        var count = 0;
        DateOnly? start = null;
        foreach (var day in perDay)
        {
            start ??= day.Date;
            count += day.Events;
            if (count >= EventsPerPage)
            {
                pages.Add((start.Value, day.Date));
                start = null;
                count = 0;
            }
        }
        if (start is { } s)
        {
            pages.Add((s, perDay[^1].Date));
        }
        return pages;
    }

    /// <summary>
    /// Merges the events of one day that several articles report: same kind and at least one actor or place in
    /// common. Events with neither actors nor places stay apart (nothing says they are the same).
    /// </summary>
    internal static List<TimelineEvent> Merge(IReadOnlyList<Row> rows)
    {
        var parent = Enumerable.Range(0, rows.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < rows.Count; i++)
        {
            for (var j = i + 1; j < rows.Count; j++)
            {
                if (rows[i].Kind == rows[j].Kind && rows[i].Date == rows[j].Date && Overlap(rows[i], rows[j]))
                {
                    parent[Find(j)] = Find(i);
                }
            }
        }
        return [.. Enumerable.Range(0, rows.Count)
            .GroupBy(Find)
            .Select(g =>
            {
                var members = g.Select(i => rows[i]).ToList();
                var head = members[0];
                return new TimelineEvent(
                    head.Id, head.Date, head.DateEnd, head.Precision, head.Kind, head.Summary, members.All(m => m.IsPlanned),
                    [.. members.SelectMany(m => m.Actors).DistinctBy(a => a.Id).OrderBy(a => a.Name)],
                    [.. members.SelectMany(m => m.Places).DistinctBy(p => p.Id).OrderBy(p => p.Name)],
                    [.. members.Select(m => new EventSource(m.Id, m.ArticleId, m.ArticleTitle, m.Outlet, m.Sentence))]);
            })];
    }

    private static bool Overlap(Row a, Row b) =>
        a.Actors.Any(x => b.Actors.Any(y => y.Id == x.Id)) || a.Places.Any(x => b.Places.Any(y => y.Id == x.Id));

    internal sealed record Row(
        int Id, DateOnly Date, DateOnly? DateEnd, DatePrecision Precision, EventKind Kind, string Summary, string Sentence, bool IsPlanned,
        int ArticleId, string ArticleTitle, string? Outlet, List<ActorRef> Actors, List<NamedRef> Places);
}
