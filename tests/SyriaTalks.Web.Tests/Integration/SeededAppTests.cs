using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyriaTalks.Data;
using SyriaTalks.Testing;

namespace SyriaTalks.Web.Tests.Integration;

public sealed class SeededAppTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task AFreshStoreIsMigratedAndSeededWithTheDailyCallerArticle()
    {
        await using var app = new AppFactory(folder.Path);
        var client = app.CreateClient();

        var html = await client.GetStringAsync("/articles");

        Assert.Contains("Syrian Peace Talks Implode As Key Rebel Stronghold Is Poised To Fall", html);
        Assert.True(File.Exists(app.DatabasePath), "the store is a file in the data folder");
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SyriaTalksDbContext>>().CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task RestartingTheAppNeverSeedsTheArticleTwice()
    {
        await using (var first = new AppFactory(folder.Path))
        {
            first.CreateClient();
        }
        await using var second = new AppFactory(folder.Path);
        second.CreateClient();

        await using var db = await second.Services.GetRequiredService<IDbContextFactory<SyriaTalksDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task TheTimelineShowsTheSeedsDatedEvents()
    {
        await using var app = new AppFactory(folder.Path);

        var html = await app.CreateClient().GetStringAsync("/");

        Assert.Contains("data-test=\"event\"", html);
        Assert.Contains("Wednesday 3 February 2016", html);
    }

    [Fact]
    public async Task TheQuotesPageFilteredBySpeakerShowsOnlyThatSpeakersQuotes()
    {
        await using var app = new AppFactory(folder.Path);
        var client = app.CreateClient();

        var all = await client.GetStringAsync("/quotes");
        var kodmani = await client.GetStringAsync("/quotes?speaker=Basma%20Kodmani");

        Assert.Contains("There is nothing to negotiate. Just go home", all);
        Assert.Contains("This is not the end, and it is not the failure of the talks", all);
        Assert.Contains("There is nothing to negotiate. Just go home", kodmani);
        Assert.DoesNotContain("This is not the end, and it is not the failure of the talks", kodmani);
    }

    [Fact]
    public async Task TheArticlePageShowsTheSeedTextAndItsQuotes()
    {
        await using var app = new AppFactory(folder.Path);
        var client = app.CreateClient();

        var response = await client.GetAsync("/articles/1");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Names, places and dates are marked inside the text, so look for a stretch without any.
        Assert.Contains("cut off a key rebel supply line", html);
        Assert.Contains("class=\"quote\"", html);
    }

    [Fact]
    public async Task TheUploadPageOffersAFileAndADate()
    {
        await using var app = new AppFactory(folder.Path);

        var html = await (await app.SignedInClientAsync(TestAccounts.Editor)).GetStringAsync("/upload");

        Assert.Contains("type=\"file\"", html);
        Assert.Contains("publication date", html, StringComparison.OrdinalIgnoreCase);
    }
}
