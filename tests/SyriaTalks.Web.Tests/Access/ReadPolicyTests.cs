using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SyriaTalks.Testing;
using SyriaTalks.Web.Tests.Integration;

namespace SyriaTalks.Web.Tests.Access;

/// <summary>The app configured with <c>Access:ReadPolicy=SignedIn</c>: nothing to read without an account, except the way in.</summary>
public sealed class ReadPolicyTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private AppFactory factory = null!;
    private WebApplicationFactory<Program> app = null!;

    public Task InitializeAsync()
    {
        factory = new AppFactory(folder.Path);
        app = factory.WithWebHostBuilder(b => b.UseSetting("Access:ReadPolicy", "SignedIn"));
        return Task.CompletedTask;
    }

    private HttpClient Anonymous() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/")]
    [InlineData("/quotes")]
    [InlineData("/articles/1")]
    [InlineData("/export/quotes.csv")]
    public async Task ASignedOutVisitorOfAPageIsSentToSignIn(string path)
    {
        var response = await Anonymous().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/signin", response.Headers.Location?.AbsolutePath);
    }

    [Theory]
    [InlineData("/api/articles")]
    [InlineData("/api/quotes")]
    public async Task ASignedOutCallerOfAReadEndpointGets401(string path)
    {
        var response = await Anonymous().GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TheSignInPageAndHealthCheckStayOpen()
    {
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().GetAsync("/account/signin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task AReaderReadsPagesAndTheApiWithACookieOrAKey()
    {
        var browser = await app.SignedInClientAsync(TestAccounts.Reader);
        var script = await app.KeyClientAsync(TestAccounts.Reader);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/quotes")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/articles")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/articles")).StatusCode);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await factory.DisposeAsync();
        folder.Dispose();
    }
}
