using Serilog;
using SyriaTalks.Web.Components;
using SyriaTalks.Web.Infrastructure;
using SyriaTalks.Web.Infrastructure.Access;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddSyriaTalksLogging();
    builder.AddSyriaTalksServices();

    var app = builder.Build();
    app.UseSyriaTalksPipeline();
    app.MapStaticAssets();
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode().RequireAuthorization(Policies.Read);
    app.MapSyriaTalksEndpoints();

    app.Run();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "SyriaTalks stopped unexpectedly");
    throw;
}
finally
{
    Log.CloseAndFlush();
}

/// <summary>Exposed for WebApplicationFactory in the tests.</summary>
public partial class Program;
