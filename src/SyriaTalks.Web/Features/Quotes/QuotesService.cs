using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SyriaTalks.Data;
using SyriaTalks.Domain;
using SyriaTalks.Web.Features.Shared;

namespace SyriaTalks.Web.Features.Quotes;

/// <summary>Columns the quote list sorts by.</summary>
public enum QuoteSort
{
    Date,
    Speaker,
    Article,
}

/// <summary>Filters, sort and page of the who-said-what list, as they stand in its URL.</summary>
public sealed record QuoteQuery(
    string? Speaker = null,
    string? Text = null,
    int Page = 0,
    int PageSize = 25,
    string? Affiliation = null,
    DateOnly? From = null,
    DateOnly? To = null,
    QuoteSort Sort = QuoteSort.Date,
    bool Descending = true);

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
    DateOnly Published,
    string? ArticleUrl = null);

public sealed record SpeakerCount(string Name, int Quotes);

public sealed record QuotePage(IReadOnlyList<QuoteRow> Items, int Total);

/// <summary>The who-said-what list: quotes filtered, sorted and paged in the database.</summary>
public sealed partial class QuotesService(IDbContextFactory<SyriaTalksDbContext> dbFactory)
{
    public const int SuggestionLimit = 20;

    public async Task<QuotePage> SearchAsync(QuoteQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var quotes = await FilterAsync(db, query, ct);
        var total = await quotes.CountAsync(ct);
        var items = await Project(Sorted(quotes, query))
            .Skip(Math.Max(0, query.Page) * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(ct);
        return new QuotePage(items, total);
    }

    /// <summary>Every quote of the filtered set in the list's order, streamed (for exports).</summary>
    public async IAsyncEnumerable<QuoteRow> StreamAsync(QuoteQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var quotes = await FilterAsync(db, query, ct);
        await foreach (var row in Project(Sorted(quotes, query)).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    /// <summary>
    /// Speakers whose name (or an alias) contains <paramref name="text"/>, with their quote counts, most quoted first;
    /// at most <see cref="SuggestionLimit"/>, so a keystroke never reads every speaker of a large store.
    /// </summary>
    public async Task<IReadOnlyList<SpeakerCount>> SuggestSpeakersAsync(string? text, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        List<SpeakerCount> actors;
        List<SpeakerCount> anonymous;
        if (string.IsNullOrWhiteSpace(text))
        {
            actors = await db.Quotes.Where(q => q.SpeakerId != null)
                .GroupBy(q => q.SpeakerId)
                .Select(g => new { Id = g.Key, Count = g.Count() })
                .OrderByDescending(g => g.Count).Take(SuggestionLimit)
                .Join(db.Actors, g => g.Id, a => a.Id, (g, a) => new { a.Name, g.Count })
                .Select(x => new SpeakerCount(x.Name, x.Count))
                .ToListAsync(ct);
            anonymous = (await db.Quotes.Where(q => q.SpeakerId == null && q.SpeakerLabel != null)
                .GroupBy(q => q.SpeakerLabel!)
                .Select(g => new { Name = g.Key, Count = g.Count() })
                .OrderByDescending(s => s.Count).Take(SuggestionLimit)
                .ToListAsync(ct)).Select(x => new SpeakerCount(x.Name, x.Count)).ToList();
        }
        else
        {
            var pattern = QueryText.Contains(text);
            actors = (await db.Actors
                .Where(a => EF.Functions.Like(a.Name, pattern, "\\") || a.Aliases.Any(al => EF.Functions.Like(al.Name, pattern, "\\")))
                .Select(a => new { a.Name, Count = db.Quotes.Count(q => q.SpeakerId == a.Id) })
                .Where(s => s.Count > 0)
                .OrderByDescending(s => s.Count).Take(SuggestionLimit)
                .ToListAsync(ct)).Select(x => new SpeakerCount(x.Name, x.Count)).ToList();
            anonymous = (await db.Quotes.Where(q => q.SpeakerId == null && q.SpeakerLabel != null && EF.Functions.Like(q.SpeakerLabel, pattern, "\\"))
                .GroupBy(q => q.SpeakerLabel!)
                .Select(g => new { Name = g.Key, Count = g.Count() })
                .OrderByDescending(s => s.Count).Take(SuggestionLimit)
                .ToListAsync(ct)).Select(x => new SpeakerCount(x.Name, x.Count)).ToList();
        }
        return [.. actors.Concat(anonymous)
            .GroupBy(s => s.Name)
            .Select(g => new SpeakerCount(g.Key, g.Sum(s => s.Quotes)))
            .OrderByDescending(s => s.Quotes).ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .Take(SuggestionLimit)];
    }

    /// <summary>Affiliations (as quotes and actors state them) containing <paramref name="text"/>, at most <see cref="SuggestionLimit"/>.</summary>
    public async Task<IReadOnlyList<string>> SuggestAffiliationsAsync(string? text, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var pattern = QueryText.Contains(text ?? "");
        var fromQuotes = await db.Quotes.Where(q => q.SpeakerAffiliation != null && EF.Functions.Like(q.SpeakerAffiliation, pattern, "\\"))
            .Select(q => q.SpeakerAffiliation!).Distinct().Take(SuggestionLimit).ToListAsync(ct);
        var fromActors = await db.Actors.Where(a => a.Affiliation != null && EF.Functions.Like(a.Affiliation, pattern, "\\"))
            .Select(a => a.Affiliation!).Distinct().Take(SuggestionLimit).ToListAsync(ct);
        return [.. fromQuotes.Concat(fromActors).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).Take(SuggestionLimit)];
    }

    /// <summary>Every speaker with the number of quotes attributed to them, most quoted first.</summary>
    public Task<IReadOnlyList<SpeakerCount>> SpeakersAsync(CancellationToken ct = default) => SuggestSpeakersAsync(null, ct);

    private static async Task<IQueryable<Quote>> FilterAsync(SyriaTalksDbContext db, QuoteQuery query, CancellationToken ct)
    {
        var quotes = db.Quotes.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Speaker))
        {
            // A speaker is an actor, named by its name or any alias ("di Mistura" finds Staffan de Mistura),
            // or, for anonymous speakers, the article's own description.
            var key = NameKey.Normalize(query.Speaker);
            var speakerId = await db.Actors.Where(a => a.NormalizedName == key).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct)
                ?? await db.ActorAliases.Where(a => a.NormalizedName == key).Select(a => (int?)a.ActorId).FirstOrDefaultAsync(ct);
            quotes = speakerId is { } id
                ? quotes.Where(q => q.SpeakerId == id)
                : quotes.Where(q => q.SpeakerId == null && q.SpeakerLabel == query.Speaker);
        }
        if (!string.IsNullOrWhiteSpace(query.Affiliation))
        {
            // "HNC" should also find "High Negotiations Committee": the names of the actor the text names count too.
            var key = NameKey.Normalize(query.Affiliation);
            var actorId = await db.Actors.Where(a => a.NormalizedName == key).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct)
                ?? await db.ActorAliases.Where(a => a.NormalizedName == key).Select(a => (int?)a.ActorId).FirstOrDefaultAsync(ct);
            var names = new List<string> { query.Affiliation.Trim().ToLowerInvariant() };
            if (actorId is { } id)
            {
                names.AddRange(await db.Actors.Where(a => a.Id == id).Select(a => a.Name.ToLower()).ToListAsync(ct));
                names.AddRange(await db.ActorAliases.Where(a => a.ActorId == id).Select(a => a.Name.ToLower()).ToListAsync(ct));
            }
            var pattern = QueryText.Contains(query.Affiliation);
            quotes = quotes.Where(q =>
                (q.SpeakerAffiliation != null && (names.Contains(q.SpeakerAffiliation.ToLower()) || EF.Functions.Like(q.SpeakerAffiliation, pattern, "\\")))
                || (q.Speaker != null && q.Speaker.Affiliation != null && (names.Contains(q.Speaker.Affiliation.ToLower()) || EF.Functions.Like(q.Speaker.Affiliation, pattern, "\\")))
                || (actorId != null && q.SpeakerId == actorId));
        }
        if (FtsQuery(query.Text) is { } match)
        {
            var ids = db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM QuotesFts WHERE QuotesFts MATCH {match}");
            quotes = quotes.Where(q => ids.Contains(q.Id));
        }
        if (query.From is { } from)
        {
            quotes = quotes.Where(q => q.Published >= from);
        }
        if (query.To is { } to)
        {
            quotes = quotes.Where(q => q.Published <= to);
        }
        return quotes;
    }

    /// <summary>
    /// The user's words as an FTS5 query: every word must occur, the last one as a prefix (search as you type).
    /// Each word is quoted, so FTS5 operators typed by the user are read as words, never as syntax.
    /// </summary>
    internal static string? FtsQuery(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        if (words.Count == 0)
        {
            return null;
        }
        return string.Join(' ', words.Select((w, i) => "\"" + w + "\"" + (i == words.Count - 1 ? "*" : "")));
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    private static IQueryable<Quote> Sorted(IQueryable<Quote> quotes, QuoteQuery query) => (query.Sort, query.Descending) switch
    {
        (QuoteSort.Speaker, false) => quotes.OrderBy(q => q.Speaker != null ? q.Speaker.Name : q.SpeakerLabel).ThenByDescending(q => q.Published).ThenBy(q => q.Id),
        (QuoteSort.Speaker, true) => quotes.OrderByDescending(q => q.Speaker != null ? q.Speaker.Name : q.SpeakerLabel).ThenByDescending(q => q.Published).ThenBy(q => q.Id),
        (QuoteSort.Article, false) => quotes.OrderBy(q => q.Article!.Title).ThenBy(q => q.Start).ThenBy(q => q.Id),
        (QuoteSort.Article, true) => quotes.OrderByDescending(q => q.Article!.Title).ThenBy(q => q.Start).ThenBy(q => q.Id),
        (_, false) => quotes.OrderBy(q => q.Published).ThenBy(q => q.ArticleId).ThenBy(q => q.Start),
        _ => quotes.OrderByDescending(q => q.Published).ThenBy(q => q.ArticleId).ThenBy(q => q.Start),
    };

    private static IQueryable<QuoteRow> Project(IQueryable<Quote> quotes) => quotes.Select(q => new QuoteRow(
        q.Id, q.Text, q.SpeakerId, q.Speaker != null ? q.Speaker.Name : q.SpeakerLabel,
        q.SpeakerRole ?? (q.Speaker != null ? q.Speaker.Role : null),
        q.SpeakerAffiliation ?? (q.Speaker != null ? q.Speaker.Affiliation : null),
        q.Cue, q.Addressee, q.ArticleId, q.Article!.Title, q.Published, q.Article.Url));
}
