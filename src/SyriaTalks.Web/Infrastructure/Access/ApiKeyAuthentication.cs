using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SyriaTalks.Data.Identity;
using SyriaTalks.Web.Features.Account;

namespace SyriaTalks.Web.Infrastructure.Access;

/// <summary>
/// Authenticates API calls by a per-account key in <c>Authorization: Bearer KEY</c> or <c>X-Api-Key: KEY</c>: the key's
/// SHA-256 is looked up, a revoked key or a locked-out owner fails. The key itself is never logged.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeysService keys,
    UserManager<AppUser> users,
    IUserClaimsPrincipalFactory<AppUser> principals) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>Whether the request carries a key at all (then this scheme, not the cookie, decides who it is).</summary>
    public static bool HasKey(HttpRequest request) => KeyOf(request) is not null;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (KeyOf(Request) is not { } key)
        {
            return AuthenticateResult.NoResult();
        }
        var found = await keys.FindActiveAsync(key, Context.RequestAborted);
        if (found is null)
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        }
        var user = await users.FindByIdAsync(found.UserId);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("The API key's account is locked or gone.");
        }
        var principal = await principals.CreateAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(Callers.ApiKeyClaim, found.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private static string? KeyOf(HttpRequest request)
    {
        if (request.Headers["X-Api-Key"] is [{ Length: > 0 } header])
        {
            return header.Trim();
        }
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization.Length > 7
            ? authorization[7..].Trim()
            : null;
    }
}
