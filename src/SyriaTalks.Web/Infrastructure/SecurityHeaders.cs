using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace SyriaTalks.Web.Infrastructure;

/// <summary>
/// Security headers on every response, and a Content-Security-Policy that allows exactly what Blazor Server and
/// MudBlazor use: scripts and the circuit's WebSocket from this origin, the import map by its hash, inline styles
/// (MudBlazor writes style attributes and theme &lt;style&gt; blocks), images and fonts from here or data: URLs.
/// </summary>
public static class SecurityHeaders
{
    private const string Policy =
        "default-src 'self'; " +
        "base-uri 'self'; " +
        "object-src 'none'; " +
        "frame-src 'none'; " +
        "frame-ancestors 'none'; " +
        "form-action 'self'; " +
        "img-src 'self' data:; " +
        "font-src 'self' data:; " +
        "style-src 'self' 'unsafe-inline'; " +
        "connect-src 'self'; " +
        "script-src 'self'";

    public static IApplicationBuilder UseSyriaTalksSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                headers["X-Correlation-Id"] = CorrelationId.Of(context);
                headers.ContentSecurityPolicy = PolicyFor(context);
                return Task.CompletedTask;
            });
            return next(context);
        });

    /// <summary>The policy for this response: the import map Blazor renders inline is allowed by its SHA-256, nothing else inline runs.</summary>
    public static string PolicyFor(HttpContext context)
    {
        var importMap = context.GetEndpoint()?.Metadata.GetMetadata<ImportMapDefinition>();
        return importMap is null ? Policy : $"{Policy} '{Hash(importMap.ToString())}'";
    }

    private static string Hash(string script) =>
        "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));
}
