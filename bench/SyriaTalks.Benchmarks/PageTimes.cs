using System.Diagnostics;

namespace SyriaTalks.Benchmarks;

/// <summary>
/// <c>page-times [--runs 25] [--only TEXT]</c> (only the requests whose name contains TEXT): the requests of <see cref="PageBenchmarks"/> timed one by one, with the process's CPU
/// time beside the wall time. On a shared, overloaded machine the wall time mostly says how long the request waited
/// for a core; the CPU time says what it costs, i.e. about what it takes on an idle machine.
/// </summary>
public static class PageTimes
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = Options.Int(args, "--runs", 25);
        var only = Options.Text(args, "--only");
        Console.WriteLine($"{"store",-8} {"request",-42} {"wall median",12} {"wall p90",10} {"CPU median",11} {"CPU p90",9}");
        foreach (var target in BigStore.Targets)
        {
            var bench = new PageBenchmarks { Quotes = target };
            await bench.Setup();
            try
            {
                foreach (var (name, request) in bench.Requests().Where(r => only is null || r.Name.Contains(only, StringComparison.Ordinal)))
                {
                    for (var i = 0; i < 3; i++)
                    {
                        await request();
                    }
                    var wall = new List<double>();
                    var cpu = new List<double>();
                    var process = Process.GetCurrentProcess();
                    for (var i = 0; i < runs; i++)
                    {
                        process.Refresh();
                        var cpu0 = process.TotalProcessorTime;
                        var clock = Stopwatch.StartNew();
                        await request();
                        wall.Add(clock.Elapsed.TotalMilliseconds);
                        process.Refresh();
                        cpu.Add((process.TotalProcessorTime - cpu0).TotalMilliseconds);
                    }
                    Console.WriteLine($"{target / 1000 + "k",-8} {name,-42} {wall.Median(),9:F1} ms {wall.Percentile(0.9),7:F1} ms {cpu.Median(),8:F1} ms {cpu.Percentile(0.9),6:F1} ms");
                }
            }
            finally
            {
                await bench.Cleanup();
            }
        }
        return 0;
    }
}
