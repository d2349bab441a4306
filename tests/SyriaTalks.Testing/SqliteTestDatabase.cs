using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SyriaTalks.Data;

namespace SyriaTalks.Testing;

/// <summary>
/// A real SQLite database in memory, migrated like the app's, alive as long as this object: one open
/// connection keeps it, each context made by <see cref="Factory"/> shares it.
/// </summary>
public sealed class SqliteTestDatabase : IDisposable
{
    private readonly SqliteConnection connection;

    public SqliteTestDatabase()
    {
        connection = new SqliteConnection($"Data Source=file:test-{Guid.NewGuid():N}?mode=memory&cache=shared");
        connection.Open();
        Options = new DbContextOptionsBuilder<SyriaTalksDbContext>()
            .UseSqlite(connection.ConnectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .Options;
        using var db = new SyriaTalksDbContext(Options);
        db.Database.Migrate();
        Factory = new Factory(Options);
    }

    public DbContextOptions<SyriaTalksDbContext> Options { get; }

    public IDbContextFactory<SyriaTalksDbContext> Factory { get; }

    public SyriaTalksDbContext Open() => new(Options);

    public void Dispose() => connection.Dispose();
}

internal sealed class Factory(DbContextOptions<SyriaTalksDbContext> options) : IDbContextFactory<SyriaTalksDbContext>
{
    public SyriaTalksDbContext CreateDbContext() => new(options);
}
