using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace SyriaTalks.Web.Tests.Integration;

/// <summary>
/// Everything the app's Serilog logger writes, rendered as the sinks would write it: registered as an
/// <see cref="ILogEventSink"/> the host's logger reads from its services.
/// </summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly List<string> lines = [];

    public void Emit(LogEvent logEvent)
    {
        var properties = string.Join(" ", logEvent.Properties.Select(p => $"{p.Key}={p.Value}"));
        lock (lines)
        {
            lines.Add($"[{logEvent.Level}] {logEvent.RenderMessage()} {properties} {logEvent.Exception}");
        }
    }

    public string Text
    {
        get
        {
            lock (lines)
            {
                return string.Join('\n', lines);
            }
        }
    }

    public void AddTo(IWebHostBuilder builder) => builder.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(this));
}
