using Microsoft.EntityFrameworkCore;
using SyriaTalks.Data;
using SyriaTalks.Domain;
using SyriaTalks.Web.Features.Shared;

namespace SyriaTalks.Web.Features.Actors;

public sealed record ActorListQuery(string? Name = null, ActorKind? Kind = null, int Page = 0, int PageSize = 50);

public sealed record ActorListItem(int Id, string Name, ActorKind Kind, string? Role, string? Affiliation, int Articles, int Quotes, int Events);

public sealed record ActorList(IReadOnlyList<ActorListItem> Items, int Total);

public sealed record ActorQuote(int Id, string Text, string? Cue, string? Addressee, int ArticleId, string ArticleTitle, DateOnly Published);

public sealed record ActorEvent(int Id, DateOnly Date, DatePrecision Precision, EventKind Kind, string Summary, bool IsPlanned, int ArticleId)
{
    public string DateLabel => NameKey.FormatDate(Date, Precision);
}

public sealed record MonthCount(int Year, int Month, int Mentions);

public sealed record ActorDetail(
    int Id,
    string Name,
    ActorKind Kind,
    string? Role,
    string? Affiliation,
    IReadOnlyList<string> Aliases,
    int QuoteCount,
    IReadOnlyList<ActorQuote> Quotes,
    int EventCount,
    IReadOnlyList<ActorEvent> Events,
    IReadOnlyList<MonthCount> MentionsPerMonth,
    IReadOnlyList<NamedRef> Articles);

/// <summary>Actors: the list with counts, one actor's page, and name suggestions for filters and corrections.</summary>
public sealed class ActorsService(IDbContextFactory<SyriaTalksDbContext> dbFactory)
{
    /// <summary>How many quotes and events an actor page lists; the rest is one click away in the filtered lists.</summary>
    public const int ListedItems = 50;

    public async Task<ActorList> ListAsync(ActorListQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var actors = db.Actors.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Name))
        {
            var pattern = QueryText.Contains(query.Name);
            actors = actors.Where(a => EF.Functions.Like(a.Name, pattern, "\\") || a.Aliases.Any(al => EF.Functions.Like(al.Name, pattern, "\\")));
        }
        if (query.Kind is { } kind)
        {
            actors = actors.Where(a => a.Kind == kind);
        }
        var total = await actors.CountAsync(ct);
        var items = await actors
            .Select(a => new
            {
                a.Id, a.Name, a.Kind, a.Role, a.Affiliation,
                Articles = a.Articles.Count,
                Quotes = db.Quotes.Count(q => q.SpeakerId == a.Id),
                // Counted on the event-actor join table, whose key starts with the actor: an index lookup, not a scan of events.
                Events = db.Set<Dictionary<string, object>>("EventActors").Count(x => EF.Property<int>(x, "ActorsId") == a.Id),
            })
            .OrderByDescending(a => a.Articles).ThenByDescending(a => a.Quotes).ThenBy(a => a.Name)
            .Skip(Math.Max(0, query.Page) * query.PageSize).Take(query.PageSize)
            .ToListAsync(ct);
        return new ActorList([.. items.Select(a => new ActorListItem(a.Id, a.Name, a.Kind, a.Role, a.Affiliation, a.Articles, a.Quotes, a.Events))], total);
    }

    public async Task<ActorDetail?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var actor = await db.Actors.AsNoTracking().Include(a => a.Aliases).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (actor is null)
        {
            return null;
        }
        var quotes = db.Quotes.AsNoTracking().Where(q => q.SpeakerId == id);
        var quoteCount = await quotes.CountAsync(ct);
        var quoteList = await quotes.OrderByDescending(q => q.Published).ThenBy(q => q.ArticleId).ThenBy(q => q.Start).Take(ListedItems)
            .Select(q => new ActorQuote(q.Id, q.Text, q.Cue, q.Addressee, q.ArticleId, q.Article!.Title, q.Published))
            .ToListAsync(ct);
        // Through the join table's key (ActorsId, EventId): an index lookup. "e.Actors.Any(a => a.Id == id)" became a
        // correlated EXISTS that SQLite ran for every event of the store (15 ms for each of two queries at 86k events).
        var eventIds = db.Set<Dictionary<string, object>>("EventActors")
            .Where(x => EF.Property<int>(x, "ActorsId") == id).Select(x => EF.Property<int>(x, "EventId"));
        var events = db.Events.AsNoTracking().Where(e => eventIds.Contains(e.Id));
        var eventCount = await events.CountAsync(ct);
        var eventList = await events.OrderBy(e => e.Date).ThenBy(e => e.Id).Take(ListedItems)
            .Select(e => new ActorEvent(e.Id, e.Date, e.Precision, e.Kind, e.Summary, e.IsPlanned, e.ArticleId))
            .ToListAsync(ct);
        var perMonth = await db.ArticleActors.AsNoTracking().Where(x => x.ActorId == id)
            .GroupBy(x => new { x.Article!.Published.Year, x.Article.Published.Month })
            .Select(g => new MonthCount(g.Key.Year, g.Key.Month, g.Sum(x => x.Mentions)))
            .ToListAsync(ct);
        var articles = await db.ArticleActors.AsNoTracking().Where(x => x.ActorId == id)
            .OrderByDescending(x => x.Article!.Published).Take(ListedItems)
            .Select(x => new NamedRef(x.ArticleId, x.Article!.Title))
            .ToListAsync(ct);
        return new ActorDetail(actor.Id, actor.Name, actor.Kind, actor.Role, actor.Affiliation,
            [.. actor.Aliases.Select(a => a.Name).Order(StringComparer.OrdinalIgnoreCase)],
            quoteCount, quoteList, eventCount, eventList,
            [.. perMonth.OrderBy(m => m.Year).ThenBy(m => m.Month)], articles);
    }

    /// <summary>Actors whose name or alias contains <paramref name="text"/>, most mentioned first, at most 20.</summary>
    public async Task<IReadOnlyList<NamedRef>> SuggestAsync(string? text, int? exceptId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var actors = db.Actors.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = QueryText.Contains(text);
            actors = actors.Where(a => EF.Functions.Like(a.Name, pattern, "\\") || a.Aliases.Any(al => EF.Functions.Like(al.Name, pattern, "\\")));
        }
        if (exceptId is { } except)
        {
            actors = actors.Where(a => a.Id != except);
        }
        return await actors.OrderByDescending(a => a.Articles.Count).ThenBy(a => a.Name).Take(20)
            .Select(a => new NamedRef(a.Id, a.Name))
            .ToListAsync(ct);
    }
}
