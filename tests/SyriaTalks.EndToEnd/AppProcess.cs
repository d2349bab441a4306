using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SyriaTalks.Testing;

namespace SyriaTalks.EndToEnd;

/// <summary>
/// One instance of the real app as a separate process on a free loopback port, with its own data folder and the
/// store and settings it is given; killed on dispose.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly List<string> output = [];

    private AppProcess(Process process, Uri baseUri)
    {
        this.process = process;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    /// <summary>Starts the app with <paramref name="settings"/> (configuration keys, e.g. <c>Database:Provider</c>) and waits until it serves.</summary>
    public static async Task<AppProcess> StartAsync(string dataFolder, IEnumerable<KeyValuePair<string, string>> settings)
    {
        var baseUri = new Uri($"http://127.0.0.1:{FreePort()}");
        var webDir = WebBuildOutput();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(webDir, "SyriaTalks.Web.dll"), "--urls", baseUri.ToString()])
        {
            WorkingDirectory = webDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Storage__DataFolder"] = dataFolder;
        start.Environment["Seeds__Path"] = RepoPaths.Seeds;
        start.Environment["Serilog__WriteTo__1__Args__path"] = Path.Combine(dataFolder, "logs", "e2e-.log");
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var app = new AppProcess(Process.Start(start) ?? throw new InvalidOperationException("The app did not start."), baseUri);
        app.process.OutputDataReceived += (_, e) => app.Collect(e.Data);
        app.process.ErrorDataReceived += (_, e) => app.Collect(e.Data);
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        try
        {
            await app.WaitUntilServingAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return app;
    }

    public string Log()
    {
        lock (output)
        {
            return string.Join('\n', output);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.Add(line);
            }
        }
    }

    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("The app exited during start-up:\n" + Log());
            }
            try
            {
                if ((await http.GetAsync(new Uri(BaseUri, "/health"))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException("The app did not answer within 180 s:\n" + Log());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The web project's own build output, in the same configuration as these tests.</summary>
    private static string WebBuildOutput()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name; // bin/<Configuration>/net10.0/
        var dir = Path.Combine(RepoPaths.Root, "src", "SyriaTalks.Web", "bin", configuration, "net10.0");
        return File.Exists(Path.Combine(dir, "SyriaTalks.Web.dll"))
            ? dir
            : throw new InvalidOperationException($"Build the web project first: {dir} has no SyriaTalks.Web.dll.");
    }
}
