using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SyriaTalks.Data;
using SyriaTalks.Ingestion.Pipeline;
using SyriaTalks.Ingestion.Reading;
using SyriaTalks.Ingestion.Storing;

namespace SyriaTalks.Ingestion.Startup;

/// <summary>
/// Runs before the app serves anything: applies pending migrations, then, when the store holds no article,
/// ingests the seed folder. Restarts find articles and seed nothing again.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<SyriaTalksDbContext> dbFactory,
    ArticleIngestor ingestor,
    IOptions<SeedOptions> seedOptions,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {MigrationCount} migrations: {Migrations}", pending.Count, pending);
                await db.Database.MigrateAsync(cancellationToken);
            }
            if (db.Database.GetDbConnection() is SqliteConnection)
            {
                // WAL lets readers go on while one writer ingests.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            if (!seedOptions.Value.Enabled || await db.Articles.AnyAsync(cancellationToken))
            {
                return;
            }
        }
        await SeedAsync(cancellationToken);
    }

    private async Task SeedAsync(CancellationToken ct)
    {
        var folder = Path.IsPathRooted(seedOptions.Value.Path)
            ? seedOptions.Value.Path
            : Path.Combine(AppContext.BaseDirectory, seedOptions.Value.Path);
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Seed folder {SeedFolder} not found; starting with an empty store", folder);
            return;
        }
        foreach (var entry in CorpusEntry.Find(folder))
        {
            try
            {
                var result = await ingestor.IngestAsync(entry.ToSource(null), ct);
                logger.LogInformation("Seeded {SeedId} as article {ArticleId}", entry.Id, result.ArticleId);
            }
            catch (ArticleReadException ex)
            {
                logger.LogError("Seed {SeedId} could not be read: {Reason}", entry.Id, ex.Message);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
