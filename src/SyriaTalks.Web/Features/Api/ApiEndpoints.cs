namespace SyriaTalks.Web.Features.Api;

/// <summary>The HTTP API under <c>/api</c> and its OpenAPI document at <c>/openapi/v1.json</c>.</summary>
public static class ApiEndpoints
{
    public static IServiceCollection AddSyriaTalksApi(this IServiceCollection services)
    {
        services.AddOpenApi();
        return services;
    }

    public static WebApplication MapSyriaTalksApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("SyriaTalks");
        api.MapArticleUpload();
        api.MapQueries();
        app.MapOpenApi();
        return app;
    }
}
