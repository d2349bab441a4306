using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SyriaTalks.Data.Identity;
using SyriaTalks.Web.Infrastructure.Access;

namespace SyriaTalks.Web.Features.Account;

/// <summary>The sign-in form's fields (settable properties: form binding treats constructor parameters as required).</summary>
public sealed class SignInForm
{
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string? ReturnUrl { get; set; }
}

/// <summary>The sign-out form's fields: none but the antiforgery token; bound as a form so the post is checked like the others.</summary>
public sealed class SignOutForm
{
    public string? ReturnUrl { get; set; }
}

/// <summary>The setup form's fields.</summary>
public sealed class SetupForm
{
    public string? Token { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string? Confirm { get; set; }
}

/// <summary>
/// The form posts behind the sign-in, sign-out and setup pages. Interactive Blazor cannot set cookies, so the pages
/// are static forms posting here; antiforgery tokens are checked on every post, and sign-in and setup are rate limited.
/// </summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").AllowAnonymous().ExcludeFromDescription();
        account.MapPost("/signin", SignInAsync).RequireRateLimiting(RateLimits.SignIn);
        account.MapPost("/signout", SignOutAsync);
        account.MapPost("/setup", SetupAsync).RequireRateLimiting(RateLimits.SignIn);
        return app;
    }

    private static async Task<IResult> SignInAsync([FromForm] SignInForm form, SignInManager<AppUser> signIn, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(AccountEndpoints));
        var returnUrl = SafeReturnUrl(form.ReturnUrl);
        var userName = form.UserName?.Trim() ?? "";
        if (userName.Length == 0 || string.IsNullOrEmpty(form.Password))
        {
            return Results.LocalRedirect(SignInUrl("missing", returnUrl));
        }
        var result = await signIn.PasswordSignInAsync(userName, form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("{UserName} signed in", userName);
            return Results.LocalRedirect(returnUrl);
        }
        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: account {UserName} is locked out", userName);
            return Results.LocalRedirect(SignInUrl("locked", returnUrl));
        }
        logger.LogWarning("Sign-in failed for {UserName}", userName);
        return Results.LocalRedirect(SignInUrl("invalid", returnUrl));
    }

    private static async Task<IResult> SignOutAsync([FromForm] SignOutForm form, SignInManager<AppUser> signIn, HttpContext context, ILoggerFactory loggers)
    {
        var name = context.User.Identity?.Name;
        await signIn.SignOutAsync();
        if (name is not null)
        {
            loggers.CreateLogger(typeof(AccountEndpoints)).LogInformation("{UserName} signed out", name);
        }
        return Results.LocalRedirect("/account/signin?signedOut=true");
    }

    private static async Task<IResult> SetupAsync([FromForm] SetupForm form, FirstAdminSetup setup, SignInManager<AppUser> signIn, CancellationToken ct)
    {
        var problem = string.IsNullOrWhiteSpace(form.UserName) ? "Give a user name."
            : string.IsNullOrEmpty(form.Password) ? "Give a password."
            : form.Password != form.Confirm ? "The two passwords differ."
            : null;
        if (problem is null)
        {
            var (user, errors) = await setup.CompleteAsync(form.Token, form.UserName!, form.Password!, ct);
            if (user is not null)
            {
                await signIn.SignInAsync(user, isPersistent: false);
                return Results.LocalRedirect("/admin/users?welcome=true");
            }
            problem = string.Join(" ", errors);
        }
        return Results.LocalRedirect($"{FirstAdminSetup.Path}?token={Uri.EscapeDataString(form.Token ?? "")}&error={Uri.EscapeDataString(problem)}");
    }

    /// <summary>Only paths on this site: an open redirect would let a link sign people in and send them elsewhere.</summary>
    public static string SafeReturnUrl(string? url) =>
        url is { Length: > 0 } u && u.StartsWith('/') && !u.StartsWith("//", StringComparison.Ordinal) && !u.StartsWith("/\\", StringComparison.Ordinal)
            && !u.StartsWith("/account/sign", StringComparison.OrdinalIgnoreCase)
            ? u
            : "/";

    private static string SignInUrl(string error, string returnUrl) =>
        $"/account/signin?error={error}&returnUrl={Uri.EscapeDataString(returnUrl)}";
}
