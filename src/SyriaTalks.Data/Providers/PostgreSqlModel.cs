using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using SyriaTalks.Domain;

namespace SyriaTalks.Data.Providers;

/// <summary>
/// What only the PostgreSQL store has: the quotes' full-text vector, a stored generated column under a GIN index.
/// The text is cut into runs of letters and digits before PostgreSQL's parser sees it, as SQLite's FTS5 tokenizer
/// cuts it, and folded by <see cref="SearchConfiguration"/> (lower case, accents removed, no stemming), so the
/// same words find the same quotes on both stores.
/// </summary>
public static class PostgreSqlModel
{
    /// <summary>The text search configuration: <c>simple</c> with <c>unaccent</c> first, created by the first PostgreSQL migration.</summary>
    public const string SearchConfiguration = "syriatalks_search";

    /// <summary>The shadow property (and column) of a quote's search vector.</summary>
    public const string SearchVector = "SearchVector";

    /// <summary>SQL that creates <see cref="SearchConfiguration"/>; idempotent, as migrations may be replayed on a restored database.</summary>
    public const string CreateSearchConfigurationSql = $"""
        CREATE EXTENSION IF NOT EXISTS unaccent;
        DO $$ BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{SearchConfiguration}') THEN
            CREATE TEXT SEARCH CONFIGURATION {SearchConfiguration} (COPY = simple);
            ALTER TEXT SEARCH CONFIGURATION {SearchConfiguration}
              ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart WITH unaccent, simple;
          END IF;
        END $$;
        """;

    public static void Apply(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("unaccent");
        var quote = modelBuilder.Entity<Quote>();
        quote.Property<NpgsqlTsVector>(SearchVector)
            .HasComputedColumnSql($"to_tsvector('{SearchConfiguration}'::regconfig, regexp_replace(\"Text\", '[^[:alnum:]]+', ' ', 'g'))", stored: true);
        quote.HasIndex(SearchVector).HasMethod("GIN");
    }
}
