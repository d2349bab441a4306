using Microsoft.EntityFrameworkCore;
using SyriaTalks.Data;
using SyriaTalks.Domain;
using SyriaTalks.Web.Features.Shared;

namespace SyriaTalks.Web.Features.Places;

public sealed record PlaceListItem(int Id, string Name, PlaceKind Kind, string? CountryCode, double? Latitude, double? Longitude, int Articles, int Events);

public sealed record PlaceEvent(int Id, DateOnly Date, DatePrecision Precision, EventKind Kind, string Summary, bool IsPlanned, int ArticleId, string ArticleTitle)
{
    public string DateLabel => NameKey.FormatDate(Date, Precision);
}

public sealed record PlaceDetail(PlaceListItem Place, IReadOnlyList<string> Aliases, IReadOnlyList<PlaceEvent> Events);

/// <summary>Places with their counts for the list and the map, and one place's events.</summary>
public sealed class PlacesService(IDbContextFactory<SyriaTalksDbContext> dbFactory)
{
    /// <summary>The most mentioned places shown; on a huge store the rest is reached by the name filter.</summary>
    public const int MaxPlaces = 300;

    public const int MaxEvents = 100;

    public async Task<IReadOnlyList<PlaceListItem>> ListAsync(string? name = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var places = db.Places.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(name))
        {
            var pattern = QueryText.Contains(name);
            places = places.Where(p => EF.Functions.Like(p.Name, pattern, "\\") || p.Aliases.Any(a => EF.Functions.Like(a.Name, pattern, "\\")));
        }
        var rows = await places
            .Select(p => new { Place = p, Articles = p.Articles.Count, Events = EventLinks(db).Count(x => EF.Property<int>(x, "PlacesId") == p.Id) })
            .OrderByDescending(p => p.Events).ThenByDescending(p => p.Articles).ThenBy(p => p.Place.Name)
            .Take(MaxPlaces)
            .Select(p => new { p.Place.Id, p.Place.Name, p.Place.Kind, p.Place.CountryCode, p.Place.Latitude, p.Place.Longitude, p.Articles, p.Events })
            .ToListAsync(ct);
        return [.. rows.Select(p => new PlaceListItem(p.Id, p.Name, p.Kind, p.CountryCode, p.Latitude, p.Longitude, p.Articles, p.Events))];
    }

    /// <summary>Names of places containing <paramref name="text"/> (or one of their aliases), most mentioned first, at most 20.</summary>
    public async Task<IReadOnlyList<string>> SuggestAsync(string? text, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var places = db.Places.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = QueryText.Contains(text);
            places = places.Where(p => EF.Functions.Like(p.Name, pattern, "\\") || p.Aliases.Any(a => EF.Functions.Like(a.Name, pattern, "\\")));
        }
        return await places.OrderByDescending(p => p.Articles.Count).ThenBy(p => p.Name).Take(20).Select(p => p.Name).ToListAsync(ct);
    }

    public async Task<PlaceDetail?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var place = await Project(db, db.Places.AsNoTracking().Where(p => p.Id == id)).FirstOrDefaultAsync(ct);
        if (place is null)
        {
            return null;
        }
        var aliases = await db.PlaceAliases.Where(a => a.PlaceId == id).Select(a => a.Name).OrderBy(a => a).ToListAsync(ct);
        // Through the join table's PlacesId index, an index lookup, rather than an EXISTS run for every event.
        var eventIds = db.Set<Dictionary<string, object>>("EventPlaces")
            .Where(x => EF.Property<int>(x, "PlacesId") == id).Select(x => EF.Property<int>(x, "EventId"));
        var events = await db.Events.AsNoTracking().Where(e => eventIds.Contains(e.Id))
            .OrderBy(e => e.Date).ThenBy(e => e.Id).Take(MaxEvents)
            .Select(e => new PlaceEvent(e.Id, e.Date, e.Precision, e.Kind, e.Summary, e.IsPlanned, e.ArticleId, e.Article!.Title))
            .ToListAsync(ct);
        return new PlaceDetail(place, aliases, events);
    }

    private static IQueryable<PlaceListItem> Project(SyriaTalksDbContext db, IQueryable<Place> places) =>
        places.Select(p => new PlaceListItem(p.Id, p.Name, p.Kind, p.CountryCode, p.Latitude, p.Longitude,
            p.Articles.Count, EventLinks(db).Count(x => EF.Property<int>(x, "PlacesId") == p.Id)));

    /// <summary>The event-place join table: counting its rows by place uses its index, where counting events would scan them all.</summary>
    private static IQueryable<Dictionary<string, object>> EventLinks(SyriaTalksDbContext db) => db.Set<Dictionary<string, object>>("EventPlaces");
}
