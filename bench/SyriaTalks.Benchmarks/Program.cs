using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SyriaTalks.Benchmarks;

/// <summary>
/// SyriaTalks benchmarks (docs/benchmarks.md):
/// <c>dotnet run -c Release --project bench/SyriaTalks.Benchmarks -- COMMAND [options]</c>.
/// </summary>
public static class BenchProgram
{
    private const string Usage = """
        commands:
          extract              read + extract per article beside AngleSharp's parse alone (BenchmarkDotNet)
          ingest [--runs N] [--mode bulk|serial|single] [--batch N]  BBC + Reuters end to end into a fresh SQLite file: articles/s
          store                build (or reuse) the big stores under bench/.data: 10k, 50k, 100k quotes
          pages                server time of the quotes, timeline and actor pages on the big stores (BenchmarkDotNet)
          page-times [--runs N] [--only TEXT]  the same requests one by one: median wall and CPU time (robust on a busy machine)
          circuits [--count N] [--quotes 50000]  memory of the real app with N open Blazor circuits on the timeline
          all                  every one of the above, in that order
        """;

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        var rest = args[1..];
        switch (args[0])
        {
            case "extract":
                return Report(BenchmarkRunner.Run<ExtractBenchmarks>(Config(), rest));
            case "ingest":
                return await IngestThroughput.RunAsync(rest);
            case "store":
                return await BigStore.BuildAllAsync(rest);
            case "pages":
                await BigStore.BuildAllAsync(rest);
                return Report(BenchmarkRunner.Run<PageBenchmarks>(Config(), [.. rest.Where(a => a != "--rebuild")]));
            case "page-times":
                await BigStore.BuildAllAsync(rest);
                return await PageTimes.RunAsync(rest);
            case "circuits":
                return await CircuitMemory.RunAsync(rest);
            case "all":
                var failures = Report(BenchmarkRunner.Run<ExtractBenchmarks>(Config()));
                failures += await IngestThroughput.RunAsync(rest);
                failures += await BigStore.BuildAllAsync(rest);
                failures += await PageTimes.RunAsync(rest);
                failures += Report(BenchmarkRunner.Run<PageBenchmarks>(Config()));
                failures += await CircuitMemory.RunAsync(rest);
                return failures == 0 ? 0 : 1;
            default:
                Console.Error.WriteLine($"Unknown command '{args[0]}'.\n{Usage}");
                return 2;
        }
    }

    // In-process: no generated project to build per benchmark, which matters on a small shared machine; a bounded
    // number of iterations so that a whole run stays within minutes.
    private static IConfig Config() => ManualConfig.Create(DefaultConfig.Instance)
        .AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(2)
            .WithIterationCount(10)
            .WithId("InProcess"))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(StatisticColumn.Median, StatisticColumn.P90, StatisticColumn.Min, StatisticColumn.Max)
        .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(40))
        .WithOptions(ConfigOptions.JoinSummary);

    private static int Report(Summary summary) => summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) ? 1 : 0;
}
