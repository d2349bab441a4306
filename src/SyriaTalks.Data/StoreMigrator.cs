using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace SyriaTalks.Data;

/// <summary>
/// Brings a store to the newest migration. On PostgreSQL several instances may start at once on one server: the
/// database is created by whichever comes first, and the migrations run under a session advisory lock, so the
/// others wait and then find nothing pending.
/// </summary>
public static class StoreMigrator
{
    /// <summary>The advisory lock key of migrations ("SyriaMig" in ASCII), apart from the write lock.</summary>
    public const long MigrationKey = 0x53797269614D6967;

    /// <summary>Applies what is pending and returns the names of the migrations applied (none when the store was up to date).</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(SyriaTalksDbContext db, CancellationToken ct = default)
    {
        if (db.ProviderOf() != StoreProvider.PostgreSql)
        {
            return await ApplyAsync(db, ct);
        }
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct))
        {
            try
            {
                await creator.CreateAsync(ct);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Another instance created it a moment ago.
            }
        }
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationKey})", ct);
            try
            {
                return await ApplyAsync(db, ct);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<IReadOnlyList<string>> ApplyAsync(SyriaTalksDbContext db, CancellationToken ct)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(ct);
        }
        return pending;
    }
}
