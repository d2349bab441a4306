using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SyriaTalks.Benchmarks;

/// <summary>Counts log events by category and event name (e.g. EF Core's query compilations) for <c>ingest --ef-log</c>.</summary>
public sealed class EventCounter : ILoggerProvider
{
    public ConcurrentDictionary<string, int> Counts { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Counter(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Counter(EventCounter owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner.Counts.AddOrUpdate(eventId.Name ?? eventId.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), 1, (_, n) => n + 1);
            }
        }
    }
}
