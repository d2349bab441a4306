using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyriaTalks.Data;
using SyriaTalks.Testing;
using SyriaTalks.Web.Features.Account;

namespace SyriaTalks.Web.Tests.Integration;

/// <summary>
/// Accounts, API keys and signed-in clients for tests of the real app: one reader, one editor and one admin (made
/// once per store), each with the run's random test password.
/// </summary>
public static partial class AppAccess
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Makes the reader, editor and admin accounts unless the store has them.</summary>
    public static async Task EnsureAccountsAsync(this WebApplicationFactory<Program> app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<SyriaTalksDbContext>>();
        await Gate.WaitAsync();
        try
        {
            await using var db = await factory.CreateDbContextAsync();
            if (!await db.Users.AnyAsync(u => u.UserName == TestAccounts.Editor))
            {
                await TestAccounts.CreateAsync(factory, TestAccounts.OneOfEach);
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A new API key of the account, as its owner would make it on the keys page.</summary>
    public static async Task<NewApiKey> NewApiKeyAsync(this WebApplicationFactory<Program> app, string userName = TestAccounts.Editor)
    {
        await app.EnsureAccountsAsync();
        return await app.Services.GetRequiredService<ApiKeysService>().CreateAsync(await PrincipalAsync(app, userName), "test key");
    }

    /// <summary>The account as a principal, for calling services the way its pages would.</summary>
    public static async Task<ClaimsPrincipal> PrincipalAsync(this WebApplicationFactory<Program> app, string userName)
    {
        await app.EnsureAccountsAsync();
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SyriaTalksDbContext>>().CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        var role = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).SingleAsync();
        return new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, userName), new Claim(ClaimTypes.Role, role!)], "test"));
    }

    /// <summary>A client sending a new API key of the account as <c>Authorization: Bearer</c>.</summary>
    public static async Task<HttpClient> KeyClientAsync(this WebApplicationFactory<Program> app, string userName = TestAccounts.Editor)
    {
        var key = await app.NewApiKeyAsync(userName);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Key);
        return client;
    }

    /// <summary>A client that signed in through the sign-in form and keeps the cookie.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this WebApplicationFactory<Program> app, string userName)
    {
        await app.EnsureAccountsAsync();
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostSignInAsync(userName, TestAccounts.Password);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("error=", StringComparison.Ordinal) != false)
        {
            throw new InvalidOperationException($"{userName} could not sign in: {(int)response.StatusCode} {response.Headers.Location}");
        }
        return client;
    }

    /// <summary>Posts the sign-in form as a browser would: the page first (antiforgery cookie and token), then the form.</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(this HttpClient client, string userName, string password, string? returnUrl = null)
    {
        var token = await AntiforgeryTokenAsync(client, "/account/signin");
        return await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["userName"] = userName,
            ["password"] = password,
            ["returnUrl"] = returnUrl ?? "/",
        }));
    }

    /// <summary>The antiforgery token of the form on a page (the client keeps the matching cookie).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return WebUtility.HtmlDecode(AntiforgeryField().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"No antiforgery token on {path}"));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
