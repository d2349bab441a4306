namespace SyriaTalks.Benchmarks;

/// <summary>Memory of the real app with many open Blazor circuits.</summary>
public static class CircuitMemory
{
    public static Task<int> RunAsync(string[] args) => Task.FromResult(0);
}
