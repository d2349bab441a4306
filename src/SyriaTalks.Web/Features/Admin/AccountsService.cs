using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SyriaTalks.Data;
using SyriaTalks.Data.Identity;
using SyriaTalks.Domain;
using SyriaTalks.Web.Infrastructure.Access;

namespace SyriaTalks.Web.Features.Admin;

public sealed record AccountRow(string Id, string UserName, string Role, DateTimeOffset? LockedUntil, int FailedSignIns, int ActiveKeys);

/// <summary>
/// Account management for Admins: list, add, change role, unlock. Each call opens its own scope (a fresh UserManager and
/// context), because a circuit lives for hours and a long-lived Identity context would serve stale users.
/// </summary>
public sealed class AccountsService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AccountsService> logger)
{
    public async Task<IReadOnlyList<AccountRow>> ListAsync(ClaimsPrincipal caller, CancellationToken ct = default)
    {
        Callers.RequireAdmin(caller);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SyriaTalksDbContext>();
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct);
        var keys = await db.ApiKeys.Where(k => k.RevokedAt == null).GroupBy(k => k.UserId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return users.Select(u => new AccountRow(u.Id, u.UserName ?? "",
                AccessRoles.All.LastOrDefault(r => roles.Any(x => x.UserId == u.Id && x.Name == r)) ?? AccessRoles.Reader,
                u.LockoutEnd is { } end && end > now ? end : null, u.AccessFailedCount, keys.GetValueOrDefault(u.Id)))
            .ToList();
    }

    /// <summary>Makes an account; the errors say what the name or password lacks.</summary>
    public async Task<IReadOnlyList<string>> AddAsync(ClaimsPrincipal caller, string userName, string password, string role, CancellationToken ct = default)
    {
        Callers.RequireAdmin(caller);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var now = clock.GetUtcNow();
        var (user, errors) = await Accounts.CreateAsync(users, userName, password, role, now);
        if (user is null)
        {
            return errors;
        }
        await AuditAsync(scope, Callers.Audit(caller, AuditAction.UserAdd, $"user {user.UserName}", null, AccessRoles.Parse(role), now), ct);
        logger.LogInformation("{Admin} added account {UserName} as {Role}", Callers.Name(caller), user.UserName, role);
        return [];
    }

    /// <summary>Gives an account another role; the last Admin cannot be demoted, so the site always has one.</summary>
    public async Task<IReadOnlyList<string>> SetRoleAsync(ClaimsPrincipal caller, string userId, string role, CancellationToken ct = default)
    {
        Callers.RequireAdmin(caller);
        if (AccessRoles.Parse(role) is not { } canonical)
        {
            return [$"'{role}' is not a role."];
        }
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return ["There is no such account."];
        }
        var before = await Accounts.RoleOfAsync(users, user);
        if (before == canonical)
        {
            return [];
        }
        if (before == AccessRoles.Admin && (await users.GetUsersInRoleAsync(AccessRoles.Admin)).Count <= 1)
        {
            return ["This is the only Admin: make another account Admin first."];
        }
        var removed = await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        var added = removed.Succeeded ? await users.AddToRoleAsync(user, canonical) : removed;
        if (!added.Succeeded)
        {
            return added.Errors.Select(e => e.Description).ToList();
        }
        // The new role reaches the account's signed-in browsers at their next security-stamp check.
        await users.UpdateSecurityStampAsync(user);
        await AuditAsync(scope, Callers.Audit(caller, AuditAction.UserRole, $"user {user.UserName}", before, canonical, clock.GetUtcNow()), ct);
        logger.LogInformation("{Admin} changed the role of {UserName} from {Before} to {After}", Callers.Name(caller), user.UserName, before, canonical);
        return [];
    }

    /// <summary>Ends a lockout after repeated failed sign-ins.</summary>
    public async Task<bool> UnlockAsync(ClaimsPrincipal caller, string userId, CancellationToken ct = default)
    {
        Callers.RequireAdmin(caller);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return false;
        }
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await AuditAsync(scope, Callers.Audit(caller, AuditAction.UserUnlock, $"user {user.UserName}", "locked", "unlocked", clock.GetUtcNow()), ct);
        return true;
    }

    private static async Task AuditAsync(AsyncServiceScope scope, AuditEntry entry, CancellationToken ct)
    {
        var db = scope.ServiceProvider.GetRequiredService<SyriaTalksDbContext>();
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(ct);
    }
}
