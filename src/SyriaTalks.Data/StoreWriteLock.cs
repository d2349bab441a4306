using Microsoft.EntityFrameworkCore;

namespace SyriaTalks.Data;

/// <summary>
/// The store-wide write lock for the current transaction. Writers that merge with what is stored (actors and places
/// by name, articles by content hash) take it after beginning their transaction, so two app instances on one
/// PostgreSQL store never both decide "not there yet" and write the same actor twice. On PostgreSQL it is a
/// transaction-scoped advisory lock, released by commit or rollback; SQLite has a single writer of its own.
/// </summary>
public static class StoreWriteLock
{
    /// <summary>The advisory lock key ("SyriaTks" in ASCII): one key for the whole store.</summary>
    public const long Key = 0x5379726961546B73;

    public static async Task LockStoreForWritingAsync(this SyriaTalksDbContext db, CancellationToken ct = default)
    {
        if (db.ProviderOf() != StoreProvider.PostgreSql)
        {
            return;
        }
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The store write lock belongs to a transaction: begin one first.");
        }
        await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({Key})", ct);
    }
}
