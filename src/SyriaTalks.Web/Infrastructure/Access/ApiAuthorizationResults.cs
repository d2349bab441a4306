using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace SyriaTalks.Web.Infrastructure.Access;

/// <summary>
/// API callers get 401 and 403 as problem details, never the sign-in page's redirect; pages keep the cookie's
/// redirects to sign-in and to the access-denied page.
/// </summary>
public sealed class ApiAuthorizationResults : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler pages = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!IsApi(context.Request) || authorizeResult.Succeeded)
        {
            await pages.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        var signedIn = context.User.Identity?.IsAuthenticated == true;
        if (!signedIn)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }
        await Results.Problem(
            signedIn
                ? "Your account's role does not allow this: changing the record needs the Editor role."
                : "Sign in, or send an API key as 'Authorization: Bearer KEY' or 'X-Api-Key: KEY'. Keys are made on the API keys page.",
            statusCode: signedIn ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized,
            title: signedIn ? "Forbidden." : "Authentication required.").ExecuteAsync(context);
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");
}
