using Microsoft.EntityFrameworkCore;
using SyriaTalks.Data;

namespace SyriaTalks.Web.Features.Quotes;

public sealed record QuoteQuery(string? Speaker = null, string? Text = null, int Page = 0, int PageSize = 25);

public sealed record QuoteRow(
    int Id,
    string Text,
    int? SpeakerId,
    string? Speaker,
    string? Role,
    string? Affiliation,
    string? Cue,
    string? Addressee,
    int ArticleId,
    string ArticleTitle,
    DateOnly Published);

public sealed record SpeakerCount(string Name, int Quotes);

public sealed record QuotePage(IReadOnlyList<QuoteRow> Items, int Total);

/// <summary>The who-said-what list: quotes filtered by speaker, newest first.</summary>
public sealed class QuotesService(IDbContextFactory<SyriaTalksDbContext> dbFactory)
{
    public async Task<QuotePage> SearchAsync(QuoteQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var quotes = db.Quotes.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Speaker))
        {
            // A speaker is an actor name or, for anonymous speakers, the article's own description.
            quotes = quotes.Where(q => (q.Speaker != null && q.Speaker.Name == query.Speaker) || (q.Speaker == null && q.SpeakerLabel == query.Speaker));
        }
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var pattern = "%" + query.Text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            quotes = quotes.Where(q => EF.Functions.Like(q.Text, pattern, "\\"));
        }
        var total = await quotes.CountAsync(ct);
        var items = await quotes
            .OrderByDescending(q => q.Published).ThenBy(q => q.ArticleId).ThenBy(q => q.Start)
            .Skip(Math.Max(0, query.Page) * query.PageSize)
            .Take(query.PageSize)
            .Select(q => new QuoteRow(
                q.Id, q.Text, q.SpeakerId, q.Speaker != null ? q.Speaker.Name : q.SpeakerLabel,
                q.SpeakerRole ?? (q.Speaker != null ? q.Speaker.Role : null),
                q.SpeakerAffiliation ?? (q.Speaker != null ? q.Speaker.Affiliation : null),
                q.Cue, q.Addressee, q.ArticleId, q.Article!.Title, q.Published))
            .ToListAsync(ct);
        return new QuotePage(items, total);
    }

    /// <summary>Every speaker with the number of quotes attributed to them, most quoted first.</summary>
    public async Task<IReadOnlyList<SpeakerCount>> SpeakersAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var actors = await db.Quotes.AsNoTracking()
            .Where(q => q.SpeakerId != null)
            .GroupBy(q => q.SpeakerId)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .Join(db.Actors, g => g.Id, a => a.Id, (g, a) => new { a.Name, g.Count })
            .ToListAsync(ct);
        var anonymous = await db.Quotes.AsNoTracking()
            .Where(q => q.SpeakerId == null && q.SpeakerLabel != null)
            .GroupBy(q => q.SpeakerLabel!)
            .Select(g => new { Name = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return [.. actors.Concat(anonymous)
            .GroupBy(x => x.Name)
            .Select(g => new SpeakerCount(g.Key, g.Sum(x => x.Count)))
            .OrderByDescending(s => s.Quotes).ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase)];
    }
}
