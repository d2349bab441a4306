using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace SyriaTalks.Web.Infrastructure.Access;

/// <summary>Who may browse: everyone, or signed-in accounts only.</summary>
public enum ReadPolicy
{
    Public,
    SignedIn,
}

/// <summary>Access settings (section <c>Access</c>).</summary>
public sealed class AccessOptions
{
    /// <summary><c>Public</c> (default): anyone may browse; <c>SignedIn</c>: every page and read endpoint needs an account.</summary>
    public ReadPolicy ReadPolicy { get; set; } = ReadPolicy.Public;

    /// <summary>Sign-in attempts (form posts) one address may make per minute.</summary>
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>Uploads one account may make per minute, through the form and the API together.</summary>
    public int UploadsPerMinute { get; set; } = 30;

    /// <summary>Whether a one-time setup link is printed in the log while no Admin exists.</summary>
    public bool SetupLink { get; set; } = true;
}

/// <summary>The authorization policies by name.</summary>
public static class Policies
{
    /// <summary>Browsing: follows <see cref="AccessOptions.ReadPolicy"/>.</summary>
    public const string Read = "Read";

    /// <summary>Uploading, correcting, merging, deleting: Editor or Admin.</summary>
    public const string Edit = "Edit";

    /// <summary>Managing accounts, all keys and reading the audit trail: Admin.</summary>
    public const string Admin = "Admin";
}

/// <summary>Met by everyone under the public read policy, by signed-in accounts under <c>SignedIn</c>.</summary>
public sealed class ReadRequirement : IAuthorizationRequirement;

/// <summary>Reads the read policy at request time, so a configuration reload applies without a restart.</summary>
public sealed class ReadRequirementHandler(IOptionsMonitor<AccessOptions> options) : AuthorizationHandler<ReadRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ReadRequirement requirement)
    {
        if (options.CurrentValue.ReadPolicy == ReadPolicy.Public || context.User.Identity?.IsAuthenticated == true)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
