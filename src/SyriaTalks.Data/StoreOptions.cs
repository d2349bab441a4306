using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Npgsql;
using SyriaTalks.Data.Providers;

namespace SyriaTalks.Data;

/// <summary>
/// How a <see cref="SyriaTalksDbContext"/> is set up for each provider: the one place the app, the command line,
/// the tests and the design-time factories take their options from, so all run the same migrations and settings.
/// </summary>
public static class StoreOptions
{
    /// <summary>The assembly holding the SQLite migrations.</summary>
    public const string SqliteMigrations = "SyriaTalks.Data.Sqlite";

    /// <summary>The assembly holding the PostgreSQL migrations.</summary>
    public const string PostgreSqlMigrations = "SyriaTalks.Data.PostgreSql";

    /// <summary>
    /// <c>Database:Provider</c>: <c>Sqlite</c> (the default) or <c>PostgreSQL</c> (also <c>Postgres</c>, <c>Npgsql</c>), case-insensitive.
    /// </summary>
    public static StoreProvider Provider(IConfiguration configuration) => Parse(configuration["Database:Provider"]);

    public static StoreProvider Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => StoreProvider.Sqlite,
        "postgresql" or "postgres" or "npgsql" or "pgsql" => StoreProvider.PostgreSql,
        _ => throw new InvalidOperationException($"Database:Provider '{value}' is not known: use Sqlite or PostgreSQL."),
    };

    /// <summary>The connection string for <paramref name="provider"/>: <c>ConnectionStrings:Default</c>, which PostgreSQL requires.</summary>
    public static string ConnectionString(IConfiguration configuration, StoreProvider provider, string dataFolder) => provider switch
    {
        StoreProvider.PostgreSql => configuration.GetConnectionString("Default") is { Length: > 0 } cs
            ? new NpgsqlConnectionStringBuilder(cs).ConnectionString
            : throw new InvalidOperationException("Database:Provider is PostgreSQL but ConnectionStrings:Default is not set."),
        _ => DependencyInjection.ResolveConnectionString(configuration, dataFolder),
    };

    /// <summary>Configures <paramref name="options"/> for the provider, its migrations assembly and its query behaviour.</summary>
    public static DbContextOptionsBuilder Use(this DbContextOptionsBuilder options, StoreProvider provider, string connectionString)
    {
        switch (provider)
        {
            case StoreProvider.PostgreSql:
                options.UseNpgsql(connectionString, pg => pg
                    .MigrationsAssembly(PostgreSqlMigrations)
                    .CommandTimeout(60)
                    .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
                // The pages' LIKE filters were written for SQLite, where LIKE ignores case; PostgreSQL's does not.
                options.AddInterceptors(CaseInsensitiveLike.Instance);
                break;
            default:
                options.UseSqlite(connectionString, sqlite => sqlite
                    .MigrationsAssembly(SqliteMigrations)
                    .CommandTimeout(60)
                    .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
                options.AddInterceptors(new SqlitePragmas());
                break;
        }
        return options;
    }

    /// <summary>Options for a context on <paramref name="provider"/>, for code that builds contexts itself (tests, design time).</summary>
    public static DbContextOptions<SyriaTalksDbContext> For(StoreProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<SyriaTalksDbContext>();
        builder.Use(provider, connectionString);
        return builder.Options;
    }

    /// <summary>The provider a context runs on.</summary>
    public static StoreProvider ProviderOf(this SyriaTalksDbContext db) =>
        db.Database.IsNpgsql() ? StoreProvider.PostgreSql : StoreProvider.Sqlite;

    /// <summary>Where a connection string points, without its password: a file for SQLite, host/port/database for PostgreSQL.</summary>
    public static string Describe(StoreProvider provider, string connectionString)
    {
        if (provider == StoreProvider.PostgreSql)
        {
            var pg = new NpgsqlConnectionStringBuilder(connectionString);
            return $"PostgreSQL database {pg.Database} on {pg.Host}:{pg.Port}";
        }
        return new SqliteConnectionStringBuilder(connectionString).DataSource;
    }
}
