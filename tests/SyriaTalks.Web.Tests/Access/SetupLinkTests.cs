using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyriaTalks.Data;
using SyriaTalks.Data.Identity;
using SyriaTalks.Domain;
using SyriaTalks.Testing;
using SyriaTalks.Web.Features.Account;
using SyriaTalks.Web.Tests.Integration;

namespace SyriaTalks.Web.Tests.Access;

/// <summary>The first Admin through the one-time link logged on a first start: used once, then closed; never logged when an Admin exists.</summary>
public sealed partial class SetupLinkTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private readonly LogCapture log = new();

    private AppFactory NewApp() => new CapturingAppFactory(folder.Path, log);

    /// <summary>The token of the setup link in the app's log (written once the app listens).</summary>
    private async Task<string> LoggedTokenAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (SetupToken().Match(log.Text) is { Success: true } m)
            {
                return m.Groups[1].Value;
            }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException("No setup link in the log:\n" + log.Text);
    }

    private static async Task<HttpResponseMessage> PostSetupAsync(HttpClient browser, string token, string userName, string password, string confirm)
    {
        var antiforgery = await AppAccess.AntiforgeryTokenAsync(browser, $"/account/setup?token={token}");
        return await browser.PostAsync("/account/setup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery,
            ["token"] = token,
            ["userName"] = userName,
            ["password"] = password,
            ["confirm"] = confirm,
        }));
    }

    [Fact]
    public async Task TheLoggedLinkMakesTheFirstAdminSignsThemInAndThenStopsWorking()
    {
        await using var app = NewApp();
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = await LoggedTokenAsync();

        var response = await PostSetupAsync(browser, token, "chief", TestAccounts.Password, TestAccounts.Password);

        Assert.Equal("/admin/users?welcome=true", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin/users")).StatusCode);
        Assert.False(app.Services.GetRequiredService<FirstAdminSetup>().IsOpen);
        var again = await app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetStringAsync($"/account/setup?token={token}");
        Assert.Contains("data-test=\"setup-closed\"", again);
        Assert.DoesNotContain("data-test=\"setup-form\"", again);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SyriaTalksDbContext>>().CreateDbContextAsync();
        var admins = await db.UserRoles.Join(db.Roles.Where(r => r.Name == AccessRoles.Admin), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId).CountAsync();
        Assert.Equal(1, admins);
        Assert.Equal("chief", (await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.AdminSetup)).UserName);
    }

    [Fact]
    public async Task PasswordsThatDifferLeaveTheLinkOpenAndSaySo()
    {
        await using var app = NewApp();
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = await LoggedTokenAsync();

        var response = await PostSetupAsync(browser, token, "chief", TestAccounts.Password, TestAccounts.Password + "x");

        Assert.Contains("error=", response.Headers.Location?.OriginalString);
        Assert.Contains("The two passwords differ.", await browser.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.True(app.Services.GetRequiredService<FirstAdminSetup>().IsOpen);
    }

    [Fact]
    public async Task AWrongTokenGetsNoForm()
    {
        await using var app = NewApp();

        var html = await app.CreateClient().GetStringAsync("/account/setup?token=guessed");

        Assert.Contains("data-test=\"setup-closed\"", html);
        Assert.DoesNotContain("data-test=\"setup-form\"", html);
    }

    [Fact]
    public async Task WhenAnAdminExistsNoSetupLinkIsOpened()
    {
        await TestAccounts.CreateInFileAsync($"Data Source={Path.Combine(folder.Path, "syriatalks.db")};Pooling=False", (TestAccounts.Admin, AccessRoles.Admin));
        await using var app = NewApp();

        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/health")).StatusCode);

        Assert.False(app.Services.GetRequiredService<FirstAdminSetup>().IsOpen);
        Assert.DoesNotContain("No administrator account yet", log.Text);
    }

    private sealed class CapturingAppFactory(string dataFolder, LogCapture capture) : AppFactory(dataFolder)
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            capture.AddTo(builder);
        }
    }

    [GeneratedRegex(@"/account/setup\?token=([A-Za-z0-9_-]+)")]
    private static partial Regex SetupToken();
}
