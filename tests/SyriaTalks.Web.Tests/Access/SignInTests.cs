using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SyriaTalks.Data.Identity;
using SyriaTalks.Testing;
using SyriaTalks.Web.Tests.Api;
using SyriaTalks.Web.Tests.Integration;

namespace SyriaTalks.Web.Tests.Access;

/// <summary>The sign-in form on the real app: cookies, wrong passwords, lockout, antiforgery, redirects, and who reaches which page.</summary>
public sealed class SignInTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    private HttpClient NewBrowser() => app.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    [Fact]
    public async Task TheRightPasswordSignsInAndReturnsToThePageAskedFor()
    {
        await app.App.EnsureAccountsAsync();
        var browser = NewBrowser();

        var response = await browser.PostSignInAsync(TestAccounts.Editor, TestAccounts.Password, "/upload");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/upload", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("SyriaTalks.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/upload")).StatusCode);
    }

    [Fact]
    public async Task AWrongPasswordSendsBackToTheFormWithAnErrorAndNoCookie()
    {
        await app.App.EnsureAccountsAsync();
        var browser = NewBrowser();

        var response = await browser.PostSignInAsync(TestAccounts.Reader, "not the password at all");

        Assert.StartsWith("/account/signin?error=invalid", response.Headers.Location?.OriginalString);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("SyriaTalks.Auth=", StringComparison.Ordinal));
        var page = await browser.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("The user name or the password is wrong.", page);
    }

    [Fact]
    public async Task AfterFiveFailedSignInsTheAccountIsLockedEvenForTheRightPassword()
    {
        await app.App.EnsureAccountsAsync();
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await Accounts.CreateAsync(users, "locky", TestAccounts.Password, AccessRoles.Editor, DateTimeOffset.UtcNow);
        }
        var browser = NewBrowser();

        for (var i = 0; i < IdentityRules.MaxFailedSignIns; i++)
        {
            await browser.PostSignInAsync("locky", "a wrong guess " + i);
        }
        var response = await browser.PostSignInAsync("locky", TestAccounts.Password);

        Assert.StartsWith("/account/signin?error=locked", response.Headers.Location?.OriginalString);
        Assert.Contains("locked", await browser.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/upload")).StatusCode);
    }

    [Fact]
    public async Task ASignInPostWithoutTheAntiforgeryTokenIsRefused()
    {
        await app.App.EnsureAccountsAsync();
        var browser = NewBrowser();

        var response = await browser.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = TestAccounts.Editor,
            ["password"] = TestAccounts.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("SyriaTalks.Auth=", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("//evil.example/phish")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task AReturnAddressOffThisSiteIsReplacedByTheTimeline(string returnUrl)
    {
        await app.App.EnsureAccountsAsync();

        var response = await NewBrowser().PostSignInAsync(TestAccounts.Reader, TestAccounts.Password, returnUrl);

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        var browser = await app.App.SignedInClientAsync(TestAccounts.Editor);
        var token = await AppAccess.AntiforgeryTokenAsync(browser, "/account/signout");

        var response = await browser.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal("/account/signin?signedOut=true", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/upload")).StatusCode);
    }

    [Fact]
    public async Task ASignedOutVisitorOfTheUploadPageIsSentToSignIn()
    {
        var response = await app.Anonymous.GetAsync("/upload");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/signin", response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData(TestAccounts.Reader, "/upload")]
    [InlineData(TestAccounts.Editor, "/admin/users")]
    [InlineData(TestAccounts.Editor, "/admin/audit")]
    public async Task ASignedInAccountWithoutTheRoleIsSentToTheNotAllowedPage(string user, string path)
    {
        var browser = await app.App.SignedInClientAsync(user);

        var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/denied", response.Headers.Location?.AbsolutePath);
    }

    [Theory]
    [InlineData(TestAccounts.Editor, "/upload")]
    [InlineData(TestAccounts.Admin, "/upload")]
    [InlineData(TestAccounts.Admin, "/admin/users")]
    [InlineData(TestAccounts.Admin, "/admin/audit")]
    [InlineData(TestAccounts.Reader, "/account/keys")]
    public async Task ASignedInAccountWithTheRoleOpensThePage(string user, string path)
    {
        var browser = await app.App.SignedInClientAsync(user);

        var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
