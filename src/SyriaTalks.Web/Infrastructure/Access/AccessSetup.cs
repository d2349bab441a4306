using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using SyriaTalks.Data.Identity;
using SyriaTalks.Web.Features.Account;
using SyriaTalks.Web.Features.Admin;

namespace SyriaTalks.Web.Infrastructure.Access;

/// <summary>
/// Accounts and what they may do: Identity on the app's store, a cookie for browsers, API keys for scripts (one default
/// scheme picks between them by the request's headers), the Read/Edit/Admin policies, rate limits and the first-Admin setup.
/// </summary>
public static class AccessSetup
{
    public const string Scheme = "SyriaTalks";

    public static WebApplicationBuilder AddSyriaTalksAccess(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<AccessOptions>(builder.Configuration.GetSection("Access"));

        services.AddSyriaTalksIdentity()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = Scheme;
                options.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(Scheme, "Cookie or API key", options => options.ForwardDefaultSelector = context =>
                ApiKeyAuthenticationHandler.HasKey(context.Request) ? ApiKeyAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "SyriaTalks.Auth";
            cookie.Cookie.HttpOnly = true;
            // Lax: a cross-site form post never carries the cookie, so no other site can act as the user.
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/account/signin";
            cookie.LogoutPath = "/account/signout";
            cookie.AccessDeniedPath = "/account/denied";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        // A role change, a lockout or a password reset reaches signed-in browsers within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Read, p => p.AddRequirements(new ReadRequirement()))
            .AddPolicy(Policies.Edit, p => p.RequireRole(AccessRoles.Editor, AccessRoles.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireRole(AccessRoles.Admin));
        services.AddSingleton<IAuthorizationHandler, ReadRequirementHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ApiAuthorizationResults>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, CircuitRevalidation>();

        services.AddSyriaTalksRateLimits();
        services.AddSingleton<UploadQuota>();
        services.AddSingleton<ApiKeysService>();
        services.AddSingleton<AccountsService>();
        services.AddSingleton<AuditService>();
        services.AddSingleton<FirstAdminSetup>();
        services.AddHostedService(sp => sp.GetRequiredService<FirstAdminSetup>());
        return builder;
    }

    /// <summary>After routing and before antiforgery: who the caller is, what they may reach, how often.</summary>
    public static WebApplication UseSyriaTalksAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }
}
