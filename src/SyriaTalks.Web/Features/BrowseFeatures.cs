using SyriaTalks.Web.Features.Actors;
using SyriaTalks.Web.Features.Articles;
using SyriaTalks.Web.Features.Corrections;
using SyriaTalks.Web.Features.Places;
using SyriaTalks.Web.Features.Quotes;
using SyriaTalks.Web.Features.Timeline;

namespace SyriaTalks.Web.Features;

/// <summary>Registers the browsing slices (timeline, quotes, actors, places, articles, corrections) and their endpoints.</summary>
public static class BrowseFeatures
{
    public static IServiceCollection AddBrowseFeatures(this IServiceCollection services)
    {
        services.AddSingleton<TimelineService>();
        services.AddSingleton<QuotesService>();
        services.AddSingleton<ArticlesService>();
        services.AddSingleton<ActorsService>();
        services.AddSingleton<PlacesService>();
        // Scoped: it acts as the circuit's signed-in user.
        services.AddScoped<CorrectionsService>();
        return services;
    }

    public static IEndpointRouteBuilder MapBrowseEndpoints(this IEndpointRouteBuilder app)
    {
        QuotesExport.Map(app);
        return app;
    }
}
