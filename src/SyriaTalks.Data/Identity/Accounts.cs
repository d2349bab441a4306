using Microsoft.AspNetCore.Identity;

namespace SyriaTalks.Data.Identity;

/// <summary>Making an account with its one role: the same steps from the command line, the setup link and the users page.</summary>
public static class Accounts
{
    public static async Task<(AppUser? User, IReadOnlyList<string> Errors)> CreateAsync(
        UserManager<AppUser> users, string userName, string password, string role, DateTimeOffset now)
    {
        if (AccessRoles.Parse(role) is not { } canonical)
        {
            return (null, [$"'{role}' is not a role; use one of {string.Join(", ", AccessRoles.All)}."]);
        }
        var user = new AppUser { UserName = userName.Trim(), CreatedAt = now };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (null, created.Errors.Select(e => e.Description).ToList());
        }
        var added = await users.AddToRoleAsync(user, canonical);
        if (!added.Succeeded)
        {
            await users.DeleteAsync(user);
            return (null, added.Errors.Select(e => e.Description).ToList());
        }
        return (user, []);
    }

    /// <summary>The account's one role (the highest, should the store hold more).</summary>
    public static async Task<string> RoleOfAsync(UserManager<AppUser> users, AppUser user)
    {
        var roles = await users.GetRolesAsync(user);
        return AccessRoles.All.LastOrDefault(roles.Contains) ?? AccessRoles.Reader;
    }
}
