using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SyriaTalks.Ingestion;
using SyriaTalks.Ingestion.Startup;

namespace SyriaTalks.Benchmarks;

/// <summary>
/// The app's ingestion services on one SQLite file, set up the way the CLI's <c>ingest</c> sets them up:
/// migrations and WAL from the app's own start-up, no seeds, warnings only in the log.
/// </summary>
public sealed class Store : IAsyncDisposable
{
    private Store(ServiceProvider services, string path)
    {
        Services = services;
        Path = path;
    }

    public ServiceProvider Services { get; }

    public string Path { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static async Task<Store> OpenAsync(string path, ILoggerProvider? extraLogger = null)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("ConnectionStrings:Default", ConnectionString(path))])
            .Build();
        var services = new ServiceCollection()
            .AddLogging(logging =>
            {
                logging.SetMinimumLevel(LogLevel.Warning);
                if (extraLogger is not null)
                {
                    logging.AddProvider(extraLogger).AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Debug);
                }
            })
            .AddSyriaTalksIngestion(configuration, folder, initializeDatabase: false)
            .Configure<SeedOptions>(seeds => seeds.Enabled = false)
            .AddSingleton<DatabaseInitializer>()
            .BuildServiceProvider();
        await services.GetRequiredService<DatabaseInitializer>().StartAsync(CancellationToken.None);
        return new Store(services, path);
    }

    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder { DataSource = System.IO.Path.GetFullPath(path) }.ToString();

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return Services.DisposeAsync();
    }
}
