using System.Security.Claims;

namespace SyriaTalks.Data.Identity;

/// <summary>
/// The three roles. Each account holds exactly one; they are ordered, so an Admin may do all an Editor may and an
/// Editor all a Reader may.
/// </summary>
public static class AccessRoles
{
    public const string Reader = "Reader";
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    /// <summary>For <c>[Authorize(Roles = ...)]</c> and <c>AuthorizeView Roles</c>: who may change the record.</summary>
    public const string Editors = Editor + "," + Admin;

    public static IReadOnlyList<string> All { get; } = [Reader, Editor, Admin];

    /// <summary>The role named, in its canonical spelling, or null when there is no such role.</summary>
    public static string? Parse(string? name) =>
        All.FirstOrDefault(r => string.Equals(r, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static bool CanEdit(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true && (user.IsInRole(Editor) || user.IsInRole(Admin));

    public static bool IsAdmin(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true && user.IsInRole(Admin);

    // Fixed ids and stamps: the roles are seeded by a migration, which must not change from one build to the next.
    internal static readonly (string Id, string Name)[] Seeded =
    [
        ("7d2b5c1e-0001-4a52-9f3e-5e1c0a000001", Reader),
        ("7d2b5c1e-0002-4a52-9f3e-5e1c0a000002", Editor),
        ("7d2b5c1e-0003-4a52-9f3e-5e1c0a000003", Admin),
    ];
}
