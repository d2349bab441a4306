using Microsoft.AspNetCore.Identity;

namespace SyriaTalks.Data.Identity;

/// <summary>An account: ASP.NET Core Identity's user, stored in the same SQLite file as the articles.</summary>
public class AppUser : IdentityUser
{
    public DateTimeOffset CreatedAt { get; set; }
}
