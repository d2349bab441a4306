using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace SyriaTalks.Web.Infrastructure;

/// <summary>
/// Errors answered without stack traces: problem details (with the correlation id as <c>traceId</c>) for the API,
/// a plain page quoting the correlation id for everything else; every unexpected error logged with that id.
/// </summary>
public static class ErrorHandling
{
    public static IServiceCollection AddSyriaTalksErrorHandling(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Extensions["traceId"] = CorrelationId.Of(c.HttpContext);
        });
        services.AddExceptionHandler<CorrelatedExceptionHandler>();
        return services;
    }

    /// <summary>Placed first in the pipeline, in every environment: users never see a developer exception page.</summary>
    public static WebApplication UseSyriaTalksErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        return app;
    }

    public static WebApplication MapSyriaTalksErrorPage(this WebApplication app)
    {
        app.Map("/error", (HttpContext context) =>
        {
            var id = WebUtility.HtmlEncode(CorrelationId.Of(context));
            var status = context.Response.StatusCode >= 400 ? context.Response.StatusCode : StatusCodes.Status500InternalServerError;
            return Results.Content($$"""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Something went wrong · SyriaTalks</title>
                <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#222}code{background:#eee;padding:.1rem .3rem}</style></head>
                <body><h1>Something went wrong</h1>
                <p>The request could not be completed. Nothing you had stored was changed by this error.</p>
                <p>If you report it, quote this reference: <code data-test="correlation-id">{{id}}</code></p>
                <p><a href="/">Back to the timeline</a></p></body></html>
                """, "text/html; charset=utf-8", statusCode: status);
        }).ExcludeFromDescription();
        // The app has no icon; browsers ask for one anyway and log the 404 as a page error.
        app.MapGet("/favicon.ico", () => Results.NoContent()).ExcludeFromDescription();
        return app;
    }
}

/// <summary>Logs an unhandled error with the request's correlation id; API requests are answered here with problem details.</summary>
public sealed class CorrelatedExceptionHandler(ILogger<CorrelatedExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var id = CorrelationId.Of(context);
        // The middleware has already pointed the request at /error; the feature keeps the path that failed.
        var path = context.Features.Get<IExceptionHandlerFeature>()?.Path ?? context.Request.Path.Value ?? "";
        var status = exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
        if (status >= 500)
        {
            logger.LogError(exception, "Request {Method} {Path} failed; correlation id {CorrelationId}", context.Request.Method, path, id);
        }
        else
        {
            logger.LogWarning("Request {Method} {Path} refused with {StatusCode}: {Reason}; correlation id {CorrelationId}",
                context.Request.Method, path, status, exception.Message, id);
        }
        if (!path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        // Written whatever the Accept header says: an API client always gets problem details, never the HTML page.
        await Results.Problem(
            status >= 500 ? $"Quote {id} when you report this error." : exception.Message,
            statusCode: status,
            title: status >= 500 ? "The server could not complete the request." : "The request was not valid.").ExecuteAsync(context);
        return true;
    }
}
