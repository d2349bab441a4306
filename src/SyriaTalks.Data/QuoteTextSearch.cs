using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using SyriaTalks.Data.Providers;
using SyriaTalks.Domain;

namespace SyriaTalks.Data;

/// <summary>
/// Full-text search of quote texts with each provider's own index: SQLite's FTS5 table <c>QuotesFts</c>, PostgreSQL's
/// <c>tsvector</c> column. Both read the user's words the same way: every word must occur, the last one as a prefix
/// (search as you type), case and accents ignored, no stemming.
/// </summary>
public static partial class QuoteTextSearch
{
    /// <summary>The quotes of <paramref name="quotes"/> containing every word of <paramref name="text"/>; all of them when it has no word.</summary>
    public static IQueryable<Quote> Matching(this SyriaTalksDbContext db, IQueryable<Quote> quotes, string? text)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return quotes;
        }
        if (db.ProviderOf() == StoreProvider.PostgreSql)
        {
            var query = TsQuery(words);
            return quotes.Where(q => EF.Property<NpgsqlTsVector>(q, PostgreSqlModel.SearchVector)
                .Matches(EF.Functions.ToTsQuery(PostgreSqlModel.SearchConfiguration, query)));
        }
        var match = FtsQuery(words);
        var ids = db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM QuotesFts WHERE QuotesFts MATCH {match}");
        return quotes.Where(q => ids.Contains(q.Id));
    }

    /// <summary>The runs of letters and digits in <paramref name="text"/>: the words both indexes are made of.</summary>
    public static IReadOnlyList<string> Words(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : [.. Word().Matches(text).Select(m => m.Value)];

    /// <summary>
    /// The words as an FTS5 query. Each word is quoted, so FTS5 operators typed by the user are read as words, never as syntax.
    /// </summary>
    public static string FtsQuery(IReadOnlyList<string> words) =>
        string.Join(' ', words.Select((w, i) => "\"" + w + "\"" + (i == words.Count - 1 ? "*" : "")));

    /// <summary>The words as a <c>to_tsquery</c> text; words are letters and digits only, so nothing the user types is syntax.</summary>
    public static string TsQuery(IReadOnlyList<string> words) =>
        string.Join(" & ", words.Select((w, i) => "'" + w + "'" + (i == words.Count - 1 ? ":*" : "")));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
