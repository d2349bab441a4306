using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SyriaTalks.Data;

namespace SyriaTalks.Testing;

/// <summary>
/// A real database migrated like the app's, alive as long as this object, on either provider: SQLite in memory
/// (one open connection keeps it, each context shares it) or a fresh PostgreSQL database of its own (dropped at the end).
/// </summary>
public class TestDatabase : IDisposable
{
    private readonly SqliteConnection? keepAlive;
    private readonly string? postgresName;

    public TestDatabase(StoreProvider provider)
    {
        Provider = provider;
        if (provider == StoreProvider.PostgreSql)
        {
            postgresName = TestPostgres.CreateMigratedAsync().GetAwaiter().GetResult();
            ConnectionString = TestPostgres.ConnectionString(postgresName);
            Options = StoreOptions.For(provider, ConnectionString);
        }
        else
        {
            keepAlive = new SqliteConnection($"Data Source=file:test-{Guid.NewGuid():N}?mode=memory&cache=shared");
            keepAlive.Open();
            ConnectionString = keepAlive.ConnectionString;
            Options = StoreOptions.For(provider, ConnectionString);
            using var db = new SyriaTalksDbContext(Options);
            db.Database.Migrate();
        }
        Factory = new Factory(Options);
    }

    public StoreProvider Provider { get; }

    public string ConnectionString { get; }

    public DbContextOptions<SyriaTalksDbContext> Options { get; }

    public IDbContextFactory<SyriaTalksDbContext> Factory { get; }

    public SyriaTalksDbContext Open() => new(Options);

    public void Dispose()
    {
        keepAlive?.Dispose();
        if (postgresName is not null)
        {
            TestPostgres.DropAsync(postgresName).GetAwaiter().GetResult();
        }
        GC.SuppressFinalize(this);
    }
}

/// <summary>A migrated SQLite database in memory (the page tests' store).</summary>
public sealed class SqliteTestDatabase() : TestDatabase(StoreProvider.Sqlite);

/// <summary>
/// The store of an app under test, set through its configuration: a SQLite file in <c>folder</c>, or a PostgreSQL
/// database of its own that the app creates and migrates at start-up like a real first start; dropped on dispose.
/// </summary>
public sealed class TestStore : IDisposable
{
    private readonly string? postgresName;

    public TestStore(StoreProvider provider, string folder)
    {
        Provider = provider;
        if (provider == StoreProvider.PostgreSql)
        {
            postgresName = TestPostgres.NewDatabaseName();
            ConnectionString = TestPostgres.ConnectionString(postgresName);
        }
        else
        {
            SqlitePath = Path.Combine(folder, "syriatalks.db");
            ConnectionString = $"Data Source={SqlitePath};Pooling=False";
        }
    }

    public StoreProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The database file on SQLite; null on PostgreSQL.</summary>
    public string? SqlitePath { get; }

    /// <summary>The app settings that point it at this store.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Settings =>
    [
        new("Database:Provider", Provider.ToString()),
        new("ConnectionStrings:Default", ConnectionString),
    ];

    /// <summary>A context on this store, for assertions from outside the app.</summary>
    public SyriaTalksDbContext Open() => new(StoreOptions.For(Provider, ConnectionString));

    /// <summary>Creates and migrates the store as the app's start-up would, for tests that fill it before the app starts.</summary>
    public async Task<IDbContextFactory<SyriaTalksDbContext>> MigrateAsync()
    {
        await using (var db = Open())
        {
            await StoreMigrator.MigrateAsync(db);
        }
        return new Factory(StoreOptions.For(Provider, ConnectionString));
    }

    public void Dispose()
    {
        if (postgresName is not null)
        {
            TestPostgres.DropAsync(postgresName).GetAwaiter().GetResult();
        }
    }
}

internal sealed class Factory(DbContextOptions<SyriaTalksDbContext> options) : IDbContextFactory<SyriaTalksDbContext>
{
    public SyriaTalksDbContext CreateDbContext() => new(options);
}
