using Microsoft.EntityFrameworkCore;
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
        await CreateDatabaseAsync(db.Database.GetConnectionString()!, ct);
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

    /// <summary>
    /// Creates the database when it is missing, asking the server's <c>postgres</c> database (rather than failing a
    /// connection to the missing one, which logs an error on every first start). A role that may not connect there
    /// or create databases is expected to be given an existing database: then nothing is done here.
    /// </summary>
    private static async Task CreateDatabaseAsync(string connectionString, CancellationToken ct)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(target.Database))
        {
            return;
        }
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
            await connection.OpenAsync(ct);
            await using var exists = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", connection);
            exists.Parameters.AddWithValue(target.Database);
            if ((bool)(await exists.ExecuteScalarAsync(ct))!)
            {
                return;
            }
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{target.Database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
        // Two CREATE DATABASE at once: the loser sees duplicate_database, or a unique violation on pg_database itself.
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation
            or PostgresErrorCodes.InsufficientPrivilege
            or PostgresErrorCodes.InvalidCatalogName or PostgresErrorCodes.InvalidAuthorizationSpecification)
        {
            // Created by another instance a moment ago, or not ours to create: the migration below says if it is missing.
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
