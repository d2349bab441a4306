using MudBlazor.Services;
using Serilog;
using SyriaTalks.Ingestion;
using SyriaTalks.Web.Features;
using SyriaTalks.Web.Features.Account;
using SyriaTalks.Web.Features.Api;
using SyriaTalks.Web.Infrastructure.Access;

namespace SyriaTalks.Web.Infrastructure;

/// <summary>The table of contents of the host: logging, services, pipeline, endpoints.</summary>
public static class HostingExtensions
{
    public static WebApplicationBuilder AddSyriaTalksLogging(this WebApplicationBuilder builder)
    {
        // preserveStaticLogger: the bootstrap logger stays as it is, so that several hosts in one process (the tests)
        // never race to freeze it ("The logger is already frozen").
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext(), preserveStaticLogger: true);
        return builder;
    }

    public static WebApplicationBuilder AddSyriaTalksServices(this WebApplicationBuilder builder)
    {
        var dataFolder = DataFolder(builder);
        builder.Services.AddSyriaTalksIngestion(builder.Configuration, dataFolder);
        builder.AddSyriaTalksScaleOut(dataFolder);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddBrowseFeatures();
        builder.Services.Configure<SyriaTalks.Web.Features.Upload.UploadOptions>(builder.Configuration.GetSection("Upload"));
        builder.Services.AddSingleton<SyriaTalks.Web.Features.Upload.UploadService>();
        builder.Services.AddSyriaTalksApi();
        builder.Services.AddSyriaTalksErrorHandling();
        builder.AddSyriaTalksRequestLimits();
        builder.AddSyriaTalksAccess();
        return builder;
    }

    /// <summary>The folder holding the database and keys: <c>Storage:DataFolder</c>, by default <c>data/</c> under the content root.</summary>
    public static string DataFolder(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration["Storage:DataFolder"];
        var folder = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(builder.Environment.ContentRootPath, "data")
            : Path.GetFullPath(configured, builder.Environment.ContentRootPath);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static WebApplication UseSyriaTalksPipeline(this WebApplication app)
    {
        app.UseSyriaTalksErrorHandling();
        app.UseSyriaTalksSecurityHeaders();
        app.UseSerilogRequestLogging();
        app.UseSyriaTalksAccess();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapSyriaTalksEndpoints(this WebApplication app)
    {
        app.MapGet("/health", () => Results.Ok(new { status = "ok" })).ExcludeFromDescription();
        app.MapSyriaTalksApi();
        app.MapSyriaTalksErrorPage();
        app.MapAccountEndpoints();
        app.MapGroup("").RequireAuthorization(Policies.Read).MapBrowseEndpoints();
        return app;
    }
}
