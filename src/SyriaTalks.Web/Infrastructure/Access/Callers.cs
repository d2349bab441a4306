using System.Security.Claims;
using SyriaTalks.Data.Identity;
using SyriaTalks.Domain;

namespace SyriaTalks.Web.Infrastructure.Access;

/// <summary>Refused on the server because the caller lacks the role, whatever the page showed.</summary>
public sealed class AccessDeniedException(string message) : UnauthorizedAccessException(message);

/// <summary>Who is calling, read from the principal, and the audit entries that name them.</summary>
public static class Callers
{
    /// <summary>Claim put on principals authenticated by an API key: the key's name, for the audit trail.</summary>
    public const string ApiKeyClaim = "syriatalks:api-key";

    public static string? Id(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";

    /// <summary>"api key 'importer'" for key callers, "session" for signed-in browsers.</summary>
    public static string Via(ClaimsPrincipal user) =>
        user.FindFirstValue(ApiKeyClaim) is { } key ? $"api key '{key}'" : "session";

    public static void RequireEditor(ClaimsPrincipal user)
    {
        if (!AccessRoles.CanEdit(user))
        {
            throw new AccessDeniedException("Changing the record needs the Editor role.");
        }
    }

    public static void RequireAdmin(ClaimsPrincipal user)
    {
        if (!AccessRoles.IsAdmin(user))
        {
            throw new AccessDeniedException("This needs the Admin role.");
        }
    }

    public static AuditEntry Audit(ClaimsPrincipal user, AuditAction action, string target, string? before, string? after, DateTimeOffset at) => new()
    {
        At = at,
        UserId = Id(user),
        UserName = Name(user),
        Action = action,
        Target = Clip(target, 500)!,
        Before = Clip(before, 2000),
        After = Clip(after, 2000),
        Via = Via(user),
    };

    private static string? Clip(string? s, int max) => s is null || s.Length <= max ? s : s[..(max - 1)] + "…";
}
