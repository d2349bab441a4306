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
        // Reading follows the read policy; writes add their own policy (Editor) on top.
        var api = app.MapGroup("/api").WithTags("SyriaTalks").RequireAuthorization(Infrastructure.Access.Policies.Read);
        api.MapArticleUpload();
        api.MapQueries();
        app.MapOpenApi();
        return app;
    }
}
