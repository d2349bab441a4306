using System.Runtime.CompilerServices;
using Bunit;

namespace SyriaTalks.Web.Tests;

/// <summary>
/// bUnit's synchronous WaitFor* calls block a pool thread each; with xunit's parallel classes on a 2-core
/// machine that can starve the renderer's dispatcher. More pool threads and a longer wait keep the page
/// tests about behaviour, not about how busy the machine is.
/// </summary>
internal static class TestAssemblySetup
{
    [ModuleInitializer]
    internal static void Initialize()
    {
        ThreadPool.GetMinThreads(out var worker, out var io);
        ThreadPool.SetMinThreads(Math.Max(worker, 64), Math.Max(io, 64));
        BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(15);
    }
}
