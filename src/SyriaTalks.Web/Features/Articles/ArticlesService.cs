using Microsoft.EntityFrameworkCore;
using SyriaTalks.Data;
using SyriaTalks.Domain;

namespace SyriaTalks.Web.Features.Articles;

public sealed record ArticleListItem(int Id, string Title, string? Outlet, DateOnly Published, int Quotes, int Events);

public sealed record ArticleQuote(int Id, string Text, string? Speaker, int? SpeakerId, string? Cue, string? Addressee, int Start, int End, bool InHeadline);

public sealed record ArticleEvent(int Id, string DateLabel, EventKind Kind, string Summary, bool IsPlanned, int Start, int End);

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
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Places);

/// <summary>Articles and what was extracted from each.</summary>
public sealed class ArticlesService(IDbContextFactory<SyriaTalksDbContext> dbFactory)
{
    public async Task<IReadOnlyList<ArticleListItem>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Articles.AsNoTracking()
            .OrderByDescending(a => a.Published).ThenBy(a => a.Title)
            .Select(a => new ArticleListItem(a.Id, a.Title, a.Outlet, a.Published, a.Quotes.Count, a.Events.Count))
            .ToListAsync(ct);
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
            .Select(e => new ArticleEvent(e.Id, NameKey.FormatDate(e.Date, e.Precision), e.Kind, e.Summary, e.IsPlanned, e.Start, e.End))
            .ToList();
        var actors = await db.ArticleActors.AsNoTracking().Where(x => x.ArticleId == id).OrderByDescending(x => x.Mentions).Select(x => x.Actor!.Name).ToListAsync(ct);
        var places = await db.ArticlePlaces.AsNoTracking().Where(x => x.ArticleId == id).OrderByDescending(x => x.Mentions).Select(x => x.Place!.Name).ToListAsync(ct);
        return new ArticleDetail(article.Id, article.Title, article.Outlet, article.Byline, article.Url, article.Published, article.IngestedAt,
            article.Text, quotes, events, actors, places);
    }
}
