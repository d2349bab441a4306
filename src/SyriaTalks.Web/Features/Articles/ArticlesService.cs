using Microsoft.EntityFrameworkCore;
using SyriaTalks.Data;
using SyriaTalks.Domain;
using SyriaTalks.Web.Features.Shared;

namespace SyriaTalks.Web.Features.Articles;

public sealed record ArticleListItem(int Id, string Title, string? Outlet, DateOnly Published, int Quotes, int Events);

public sealed record ArticleList(IReadOnlyList<ArticleListItem> Items, int Total);

public sealed record ArticleQuote(int Id, string Text, string? Speaker, int? SpeakerId, string? Cue, string? Addressee, int Start, int End, bool InHeadline);

public sealed record ArticleEvent(int Id, string DateLabel, EventKind Kind, string Summary, bool IsPlanned, int Start, int End, DateOnly Date = default);

/// <summary>An actor or place the article names, with the names to look for in its text.</summary>
public sealed record ArticleEntity(int Id, string Name, IReadOnlyList<string> Aliases, int Mentions, string? Kind = null);

public sealed record ArticleDetail(
    int Id,
    string Title,
    string? Outlet,
    string? Byline,
    string? Url,
    DateOnly Published,
    DateTimeOffset IngestedAt,
    string Text,
    IReadOnlyList<ArticleQuote> Quotes,
    IReadOnlyList<ArticleEvent> Events,
    IReadOnlyList<ArticleEntity> Actors,
    IReadOnlyList<ArticleEntity> Places,
    string? Source = null,
    string? Language = null);

/// <summary>Articles and what was extracted from each.</summary>
public sealed class ArticlesService(IDbContextFactory<SyriaTalksDbContext> dbFactory)
{
    public async Task<ArticleList> ListAsync(string? title = null, int page = 0, int pageSize = 50, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var articles = db.Articles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(title))
        {
            var pattern = QueryText.Contains(title);
            articles = articles.Where(a => EF.Functions.Like(a.Title, pattern, "\\") || (a.Outlet != null && EF.Functions.Like(a.Outlet, pattern, "\\")));
        }
        var total = await articles.CountAsync(ct);
        var items = await articles
            .OrderByDescending(a => a.Published).ThenBy(a => a.Title)
            .Skip(Math.Max(0, page) * pageSize).Take(pageSize)
            .Select(a => new ArticleListItem(a.Id, a.Title, a.Outlet, a.Published, a.Quotes.Count, a.Events.Count))
            .ToListAsync(ct);
        return new ArticleList(items, total);
    }

    public async Task<ArticleDetail?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null)
        {
            return null;
        }
        var quotes = await db.Quotes.AsNoTracking().Where(q => q.ArticleId == id).OrderBy(q => q.InHeadline ? 0 : 1).ThenBy(q => q.Start)
            .Select(q => new ArticleQuote(q.Id, q.Text, q.Speaker != null ? q.Speaker.Name : q.SpeakerLabel, q.SpeakerId, q.Cue, q.Addressee, q.Start, q.End, q.InHeadline))
            .ToListAsync(ct);
        var events = (await db.Events.AsNoTracking().Where(e => e.ArticleId == id).OrderBy(e => e.Start).ToListAsync(ct))
            .Select(e => new ArticleEvent(e.Id, NameKey.FormatDate(e.Date, e.Precision), e.Kind, e.Summary, e.IsPlanned, e.Start, e.End, e.Date))
            .ToList();
        var actors = (await db.ArticleActors.AsNoTracking().Where(x => x.ArticleId == id)
                .Select(x => new { x.ActorId, x.Actor!.Name, x.Actor.Kind, x.Mentions, Aliases = x.Actor.Aliases.Select(a => a.Name).ToList() })
                .ToListAsync(ct))
            .OrderByDescending(x => x.Mentions).ThenBy(x => x.Name)
            .Select(x => new ArticleEntity(x.ActorId, x.Name, x.Aliases, x.Mentions, x.Kind.ToLabel()))
            .ToList();
        var places = (await db.ArticlePlaces.AsNoTracking().Where(x => x.ArticleId == id)
                .Select(x => new { x.PlaceId, x.Place!.Name, x.Place.Kind, x.Mentions, Aliases = x.Place.Aliases.Select(a => a.Name).ToList() })
                .ToListAsync(ct))
            .OrderByDescending(x => x.Mentions).ThenBy(x => x.Name)
            .Select(x => new ArticleEntity(x.PlaceId, x.Name, x.Aliases, x.Mentions, x.Kind.ToLabel()))
            .ToList();
        return new ArticleDetail(article.Id, article.Title, article.Outlet, article.Byline, article.Url, article.Published, article.IngestedAt,
            article.Text, quotes, events, actors, places, article.Source, article.Language);
    }
}
