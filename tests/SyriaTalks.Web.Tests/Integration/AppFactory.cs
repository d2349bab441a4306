using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SyriaTalks.Testing;

namespace SyriaTalks.Web.Tests.Integration;

/// <summary>
/// The real app on a real SQLite file in a temporary folder, seeded from the repository's seeds/. Accounts and keys
/// for it come from <see cref="AppAccess"/>.
/// </summary>
public class AppFactory(string dataFolder) : WebApplicationFactory<Program>
{
    public string DataFolder { get; } = dataFolder;

    public string DatabasePath => Path.Combine(DataFolder, "syriatalks.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataFolder", DataFolder);
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={DatabasePath};Pooling=False");
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
