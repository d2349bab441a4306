using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SyriaTalks.Testing;
using SyriaTalks.Web.Tests.Api;
using SyriaTalks.Web.Tests.Integration;

namespace SyriaTalks.Web.Tests.Access;

/// <summary>What Serilog writes (down to Debug, the framework included) never holds a password, an API key or the sign-in cookie.</summary>
public sealed class LogSecretsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task NoPasswordKeyOrCookieValueReachesTheLog()
    {
        const string wrongPassword = "wrong-password-that-must-not-be-logged";
        string key;
        string cookie;
        var capture = new LogCapture();
        var factory = new AppFactory(folder.Path);
        await using (var app = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Serilog:MinimumLevel:Default", "Debug")
                .UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Debug")
                .UseSetting("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore", "Information");
            capture.AddTo(b);
        }))
        {
            await app.EnsureAccountsAsync();
            var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            await browser.PostSignInAsync(TestAccounts.Editor, wrongPassword);
            var signedIn = await browser.PostSignInAsync(TestAccounts.Editor, TestAccounts.Password);
            cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("SyriaTalks.Auth=", StringComparison.Ordinal)).Split(';')[0]["SyriaTalks.Auth=".Length..];
            await browser.GetAsync("/upload");
            await browser.PostAsync("/api/articles", ApiFixture.File(SampleArticles.TextBytes(701), "a.txt", "2016-02-03"));

            key = (await app.NewApiKeyAsync(TestAccounts.Editor)).Key;
            var script = app.CreateClient();
            script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            await script.PostAsync("/api/articles", ApiFixture.File(SampleArticles.TextBytes(702), "a.txt", "2016-02-03"));
            var other = app.CreateClient();
            other.DefaultRequestHeaders.Add("X-Api-Key", key);
            await other.GetAsync("/api/articles");
        }
        await factory.DisposeAsync();

        var log = capture.Text;
        Assert.Contains("signed in", log);
        Assert.Contains("uploaded article", log);
        Assert.DoesNotContain(TestAccounts.Password, log);
        Assert.DoesNotContain(wrongPassword, log);
        Assert.DoesNotContain(key, log);
        Assert.DoesNotContain(key[ApiKeysPrefixLength..], log);
        Assert.DoesNotContain(cookie, log);
    }

    // The part of a key after the characters the keys page shows.
    private const int ApiKeysPrefixLength = 12;
}
