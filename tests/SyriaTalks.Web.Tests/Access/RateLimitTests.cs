using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SyriaTalks.Testing;
using SyriaTalks.Web.Tests.Api;
using SyriaTalks.Web.Tests.Integration;

namespace SyriaTalks.Web.Tests.Access;

/// <summary>Sign-in and API uploads past their per-minute limits: 429 with Retry-After and problem details saying when.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private const int SignIns = 3;
    private const int Uploads = 2;

    private readonly TempFolder folder = new();
    private AppFactory factory = null!;
    private WebApplicationFactory<Program> app = null!;

    public Task InitializeAsync()
    {
        factory = new AppFactory(folder.Path);
        app = factory.WithWebHostBuilder(b => b
            .UseSetting("Access:SignInPerMinute", SignIns.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("Access:UploadsPerMinute", Uploads.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Task.CompletedTask;
    }

    private static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = response.Headers.RetryAfter?.Delta ?? throw new Xunit.Sdk.XunitException("no Retry-After header");
        Assert.InRange(retryAfter, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Equal((int)retryAfter.TotalSeconds, problem.GetProperty("retryAfterSeconds").GetInt32());
        Assert.Contains($"Try again in {(int)retryAfter.TotalSeconds} s", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task SignInsBeyondTheLimitAreRefusedWith429SayingWhenToRetry()
    {
        await app.EnsureAccountsAsync();
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < SignIns; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await browser.PostSignInAsync(TestAccounts.Reader, "a wrong guess")).StatusCode);
        }

        var refused = await browser.PostSignInAsync(TestAccounts.Reader, TestAccounts.Password);

        await AssertTooManyAsync(refused);
    }

    [Fact]
    public async Task UploadsBeyondTheLimitAreRefusedWith429AndNotStored()
    {
        var client = await app.KeyClientAsync(TestAccounts.Editor);
        for (var i = 0; i < Uploads; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/articles", ApiFixture.File(SampleArticles.TextBytes(600 + i), "a.txt", "2016-02-03"))).StatusCode);
        }

        var refused = await client.PostAsync("/api/articles", ApiFixture.File(SampleArticles.TextBytes(610), "a.txt", "2016-02-03"));

        await AssertTooManyAsync(refused);
        var list = JsonDocument.Parse(await client.GetStringAsync("/api/articles?q=round%20610")).RootElement;
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await factory.DisposeAsync();
        folder.Dispose();
    }
}
