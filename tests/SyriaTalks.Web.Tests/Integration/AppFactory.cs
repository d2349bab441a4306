using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using SyriaTalks.Data;
using SyriaTalks.Testing;

namespace SyriaTalks.Web.Tests.Integration;

/// <summary>
/// The real app with its data folder in a temporary folder, seeded from the repository's seeds/, on a real store:
/// <paramref name="store"/> (a SQLite file or a PostgreSQL database), by default a SQLite file in the folder.
/// Accounts and keys for it come from <see cref="AppAccess"/>.
/// </summary>
public class AppFactory(string dataFolder, TestStore? store = null) : WebApplicationFactory<Program>
{
    // Program.Main sets Serilog's process-wide bootstrap logger and the host freezes it: two apps starting at once
    // in one test process would freeze each other's, so start-ups (not the apps) take turns.
    private static readonly Lock StartLock = new();

    public string DataFolder { get; } = dataFolder;

    public StoreProvider Provider => store?.Provider ?? StoreProvider.Sqlite;

    public string DatabasePath => store?.SqlitePath ?? Path.Combine(DataFolder, "syriatalks.db");

    protected override IHost CreateHost(IHostBuilder builder)
    {
        lock (StartLock)
        {
            return base.CreateHost(builder);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataFolder", DataFolder);
        foreach (var (key, value) in store?.Settings ?? [new("ConnectionStrings:Default", $"Data Source={DatabasePath};Pooling=False")])
        {
            builder.UseSetting(key, value);
        }
        builder.UseSetting("Seeds:Path", RepoPaths.Seeds);
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(DataFolder, "logs", "test-.log"));
        // Tests upload many articles in a burst (50 at once) and sign in often from one address; the rate limits have
        // their own tests with low limits.
        builder.UseSetting("Access:UploadsPerMinute", "100000");
        builder.UseSetting("Access:SignInPerMinute", "100000");
    }
}

/// <summary>A temporary folder deleted at the end of the test.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("syriatalks-test-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A log file still held open by a finishing host is not worth failing a test for.
        }
    }
}
