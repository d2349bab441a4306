using Microsoft.EntityFrameworkCore;
using SyriaTalks.Data;
using SyriaTalks.Domain;
using SyriaTalks.Web.Features.Upload;

namespace SyriaTalks.Web.Features.Api;

/// <summary>The read side of the API: articles, quotes, events, actors and places as <c>{ items, total, page, pageSize }</c>.</summary>
public static class QueryApi
{
    public static RouteGroupBuilder MapQueries(this RouteGroupBuilder api)
    {
        api.MapGet("/articles", ArticlesAsync).WithName("ListArticles").WithSummary("Stored articles, newest first").Produces<Paged<ArticleItem>>().ProducesProblem(400);
        api.MapGet("/articles/{id:int}", ArticleAsync).WithName("GetArticle").WithSummary("One stored article").Produces<ArticleItem>().ProducesProblem(404);
        api.MapGet("/quotes", QuotesAsync).WithName("ListQuotes").WithSummary("Quotes by speaker, text and date").Produces<Paged<QuoteItem>>().ProducesProblem(400);
        api.MapGet("/events", EventsAsync).WithName("ListEvents").WithSummary("Dated events by actor, place, kind and date").Produces<Paged<EventItem>>().ProducesProblem(400);
        api.MapGet("/actors", ActorsAsync).WithName("ListActors").WithSummary("Actors, most mentioned first").Produces<Paged<ActorItem>>();
        api.MapGet("/places", PlacesAsync).WithName("ListPlaces").WithSummary("Places, most mentioned first").Produces<Paged<PlaceItem>>();
        return api;
    }

    private static async Task<IResult> ArticlesAsync(IDbContextFactory<SyriaTalksDbContext> dbFactory, string? q, string? from, string? to, int? page, int? pageSize, CancellationToken ct)
    {
        var range = DateRange(from, to);
        if (range.Problem is not null)
        {
            return ArticlesApi.Problem(range.Problem);
        }
        var paging = Paging.From(page, pageSize);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var articles = db.Articles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = Like(q);
            articles = articles.Where(a => EF.Functions.Like(a.Title, pattern, "\\"));
        }
        if (range.From is { } s)
        {
            articles = articles.Where(a => a.Published >= s);
        }
        if (range.To is { } e)
        {
            articles = articles.Where(a => a.Published <= e);
        }
        var total = await articles.CountAsync(ct);
        var items = await articles.OrderByDescending(a => a.Published).ThenByDescending(a => a.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(a => new ArticleItem(a.Id, a.Title, a.Outlet, a.Byline, a.Url, a.Published, a.Quotes.Count, a.Events.Count, "/articles/" + a.Id))
            .ToListAsync(ct);
        return Results.Ok(new Paged<ArticleItem>(items, total, paging.Page, paging.PageSize));
    }

    private static async Task<IResult> ArticleAsync(IDbContextFactory<SyriaTalksDbContext> dbFactory, int id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new ArticleItem(a.Id, a.Title, a.Outlet, a.Byline, a.Url, a.Published, a.Quotes.Count, a.Events.Count, "/articles/" + a.Id))
            .FirstOrDefaultAsync(ct);
        return item is null
            ? Results.Problem($"There is no article {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found.")
            : Results.Ok(item);
    }

    private static async Task<IResult> QuotesAsync(IDbContextFactory<SyriaTalksDbContext> dbFactory, string? speaker, string? q, string? from, string? to, int? page, int? pageSize, CancellationToken ct)
    {
        var range = DateRange(from, to);
        if (range.Problem is not null)
        {
            return ArticlesApi.Problem(range.Problem);
        }
        var paging = Paging.From(page, pageSize);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var quotes = db.Quotes.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(speaker))
        {
            // A speaker is named by an actor's name or alias, or, for unnamed speakers, by the article's own description.
            var key = NameKey.Normalize(speaker);
            var label = speaker.Trim();
            quotes = quotes.Where(x => (x.Speaker != null && (x.Speaker.NormalizedName == key || x.Speaker.Aliases.Any(a => a.NormalizedName == key)))
                || (x.Speaker == null && x.SpeakerLabel == label));
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = Like(q);
            quotes = quotes.Where(x => EF.Functions.Like(x.Text, pattern, "\\"));
        }
        if (range.From is { } s)
        {
            quotes = quotes.Where(x => x.Published >= s);
        }
        if (range.To is { } e)
        {
            quotes = quotes.Where(x => x.Published <= e);
        }
        var total = await quotes.CountAsync(ct);
        var items = await quotes.OrderByDescending(x => x.Published).ThenBy(x => x.ArticleId).ThenBy(x => x.Start)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(x => new QuoteItem(x.Id, x.Text, x.Speaker != null ? x.Speaker.Name : x.SpeakerLabel,
                x.SpeakerRole ?? (x.Speaker != null ? x.Speaker.Role : null), x.SpeakerAffiliation ?? (x.Speaker != null ? x.Speaker.Affiliation : null),
                x.Cue, x.Addressee, x.ArticleId, x.Article!.Title, x.Published))
            .ToListAsync(ct);
        return Results.Ok(new Paged<QuoteItem>(items, total, paging.Page, paging.PageSize));
    }

    private static async Task<IResult> EventsAsync(IDbContextFactory<SyriaTalksDbContext> dbFactory, string? actor, string? place, string? kind, string? from, string? to, int? page, int? pageSize, CancellationToken ct)
    {
        var range = DateRange(from, to);
        if (range.Problem is not null)
        {
            return ArticlesApi.Problem(range.Problem);
        }
        EventKind? eventKind = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            var wanted = kind.Replace(" ", "").Replace("-", "").Replace("_", "");
            if (!Enum.TryParse<EventKind>(wanted, ignoreCase: true, out var k) || !Enum.IsDefined(k) || int.TryParse(wanted, out _))
            {
                return Results.Problem($"'{kind}' is not an event kind; use one of: {string.Join(", ", Enum.GetValues<EventKind>().Select(x => x.ToLabel()))}.",
                    statusCode: StatusCodes.Status400BadRequest, title: "Unknown event kind.");
            }
            eventKind = k;
        }
        var paging = Paging.From(page, pageSize);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var events = db.Events.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(actor))
        {
            var key = NameKey.Normalize(actor);
            events = events.Where(e => e.Actors.Any(a => a.NormalizedName == key || a.Aliases.Any(al => al.NormalizedName == key)));
        }
        if (!string.IsNullOrWhiteSpace(place))
        {
            var key = NameKey.Normalize(place);
            events = events.Where(e => e.Places.Any(p => p.NormalizedName == key || p.Aliases.Any(al => al.NormalizedName == key)));
        }
        if (eventKind is { } ek)
        {
            events = events.Where(e => e.Kind == ek);
        }
        if (range.From is { } s)
        {
            events = events.Where(e => (e.DateEnd ?? e.Date) >= s);
        }
        if (range.To is { } t)
        {
            events = events.Where(e => e.Date <= t);
        }
        var total = await events.CountAsync(ct);
        var rows = await events.OrderBy(e => e.Date).ThenBy(e => e.ArticleId).ThenBy(e => e.Start)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(e => new { e.Id, e.Date, e.DateEnd, e.Precision, e.Kind, e.Summary, e.IsPlanned, Actors = e.Actors.Select(a => a.Name).ToList(), Places = e.Places.Select(p => p.Name).ToList(), e.ArticleId })
            .ToListAsync(ct);
        var items = rows.Select(e => new EventItem(e.Id, e.Date, e.DateEnd, e.Precision.ToLabel(), e.Kind.ToLabel(), e.Summary, e.IsPlanned, e.Actors, e.Places, e.ArticleId)).ToList();
        return Results.Ok(new Paged<EventItem>(items, total, paging.Page, paging.PageSize));
    }

    private static async Task<IResult> ActorsAsync(IDbContextFactory<SyriaTalksDbContext> dbFactory, string? q, int? page, int? pageSize, CancellationToken ct)
    {
        var paging = Paging.From(page, pageSize);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var actors = db.Actors.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = Like(NameKey.Normalize(q));
            actors = actors.Where(a => EF.Functions.Like(a.NormalizedName, pattern, "\\") || a.Aliases.Any(al => EF.Functions.Like(al.NormalizedName, pattern, "\\")));
        }
        var total = await actors.CountAsync(ct);
        var rows = await actors
            .Select(a => new { a.Id, a.Name, a.Kind, a.Role, a.Affiliation, Aliases = a.Aliases.Select(al => al.Name).ToList(), Articles = a.Articles.Count, Quotes = db.Quotes.Count(x => x.SpeakerId == a.Id) })
            .OrderByDescending(a => a.Articles).ThenBy(a => a.Name)
            .Skip(paging.Skip).Take(paging.PageSize)
            .ToListAsync(ct);
        var items = rows.Select(a => new ActorItem(a.Id, a.Name, a.Kind.ToLabel(), a.Role, a.Affiliation, a.Aliases, a.Articles, a.Quotes)).ToList();
        return Results.Ok(new Paged<ActorItem>(items, total, paging.Page, paging.PageSize));
    }

    private static async Task<IResult> PlacesAsync(IDbContextFactory<SyriaTalksDbContext> dbFactory, string? q, int? page, int? pageSize, CancellationToken ct)
    {
        var paging = Paging.From(page, pageSize);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var places = db.Places.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = Like(NameKey.Normalize(q));
            places = places.Where(p => EF.Functions.Like(p.NormalizedName, pattern, "\\") || p.Aliases.Any(al => EF.Functions.Like(al.NormalizedName, pattern, "\\")));
        }
        var total = await places.CountAsync(ct);
        var rows = await places
            .Select(p => new { p.Id, p.Name, p.Kind, p.CountryCode, p.Latitude, p.Longitude, Articles = p.Articles.Count })
            .OrderByDescending(p => p.Articles).ThenBy(p => p.Name)
            .Skip(paging.Skip).Take(paging.PageSize)
            .ToListAsync(ct);
        var items = rows.Select(p => new PlaceItem(p.Id, p.Name, p.Kind.ToLabel(), p.CountryCode, p.Latitude, p.Longitude, p.Articles)).ToList();
        return Results.Ok(new Paged<PlaceItem>(items, total, paging.Page, paging.PageSize));
    }

    private static (DateOnly? From, DateOnly? To, UploadProblem? Problem) DateRange(string? from, string? to)
    {
        if (!UploadService.TryParseDate(from, out var start, out var p1))
        {
            return (null, null, p1! with { Title = "'from' is not a date." });
        }
        if (!UploadService.TryParseDate(to, out var end, out var p2))
        {
            return (null, null, p2! with { Title = "'to' is not a date." });
        }
        return (start, end, null);
    }

    private static string Like(string text) => "%" + text.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}
