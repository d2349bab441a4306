using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SyriaTalks.Data.Identity;

namespace SyriaTalks.Web.Infrastructure.Access;

/// <summary>
/// A circuit keeps the user it started with for hours; this checks every minute that the account still exists, is not
/// locked out and has the same security stamp (a role change renews it), and signs the circuit out otherwise, so a
/// demoted Editor's open page stops being able to correct.
/// </summary>
public sealed class CircuitRevalidation(ILoggerFactory loggers, IServiceScopeFactory scopes, IOptions<IdentityOptions> identity)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        StillValidAsync(authenticationState.User);

    /// <summary>Whether a circuit's user may keep it: the account exists, is not locked out and has the stamp the principal was issued with.</summary>
    public async Task<bool> StillValidAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            // Browsing is public: an anonymous circuit has nothing to revoke.
            return true;
        }
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.GetUserAsync(principal);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return false;
        }
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user);
    }
}
