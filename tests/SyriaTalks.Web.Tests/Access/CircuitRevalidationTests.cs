using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SyriaTalks.Data.Identity;
using SyriaTalks.Testing;
using SyriaTalks.Web.Features.Admin;
using SyriaTalks.Web.Infrastructure.Access;
using SyriaTalks.Web.Tests.Api;

namespace SyriaTalks.Web.Tests.Access;

/// <summary>An open circuit loses its user when the account is demoted, locked out or deleted, as the app wires it.</summary>
public sealed class CircuitRevalidationTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    private async Task<(CircuitRevalidation Check, UserManager<AppUser> Users, AppUser User, ClaimsPrincipal Principal, AsyncServiceScope Scope)> SignedInAsync(string name)
    {
        var scope = app.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var (user, errors) = await Accounts.CreateAsync(users, name, TestAccounts.Password, AccessRoles.Editor, DateTimeOffset.UtcNow);
        Assert.Empty(errors);
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user!);
        var check = Assert.IsType<CircuitRevalidation>(scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>());
        return (check, users, user!, principal, scope);
    }

    [Fact]
    public async Task AnUnchangedAccountKeepsItsCircuit()
    {
        var (check, _, _, principal, scope) = await SignedInAsync("circuit-unchanged");
        await using var _ = scope;

        Assert.True(await check.StillValidAsync(principal));
    }

    [Fact]
    public async Task AnAnonymousCircuitIsNeverSignedOut()
    {
        var (check, _, _, _, scope) = await SignedInAsync("circuit-anonymous");
        await using var _ = scope;

        Assert.True(await check.StillValidAsync(new ClaimsPrincipal(new ClaimsIdentity())));
    }

    [Fact]
    public async Task ARoleChangeEndsTheCircuitsIssuedBeforeIt()
    {
        var (check, users, user, principal, scope) = await SignedInAsync("circuit-demoted");
        await using var _ = scope;

        var (admin, errors) = await Accounts.CreateAsync(users, "circuit-admin", TestAccounts.Password, AccessRoles.Admin, DateTimeOffset.UtcNow);
        Assert.Empty(errors);
        var caller = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(admin!);

        Assert.Empty(await scope.ServiceProvider.GetRequiredService<AccountsService>().SetRoleAsync(caller, user.Id, AccessRoles.Reader));

        Assert.False(await check.StillValidAsync(principal));
    }

    [Fact]
    public async Task ALockedOutAccountLosesItsCircuit()
    {
        var (check, users, user, principal, scope) = await SignedInAsync("circuit-locked");
        await using var _ = scope;

        await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddHours(1));

        Assert.False(await check.StillValidAsync(principal));
    }

    [Fact]
    public async Task ADeletedAccountLosesItsCircuit()
    {
        var (check, users, user, principal, scope) = await SignedInAsync("circuit-deleted");
        await using var _ = scope;

        await users.DeleteAsync(user);

        Assert.False(await check.StillValidAsync(principal));
    }
}
