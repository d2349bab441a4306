using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SyriaTalks.Data;

/// <summary>
/// Per-connection SQLite settings. The store runs in WAL mode (set at start-up), where synchronous=NORMAL is the
/// documented safe choice: a commit no longer waits for the disk to flush, a power cut can lose the last commits
/// but never corrupts the file. With the default FULL every article's transaction waited for an fsync, which made
/// the disk, not the engine, the limit of bulk ingestion.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
