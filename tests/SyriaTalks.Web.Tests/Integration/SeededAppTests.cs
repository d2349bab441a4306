using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyriaTalks.Data;
using SyriaTalks.Testing;

namespace SyriaTalks.Web.Tests.Integration;

/// <summary>The real app's first start and pages, on each provider (the derived classes below).</summary>
public abstract class SeededAppTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly TestStore store;

    protected SeededAppTests(StoreProvider provider) => store = new TestStore(provider, folder.Path);

    public void Dispose()
    {
        store.Dispose();
        folder.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task AFreshStoreIsMigratedAndSeededWithTheDailyCallerArticle()
    {
        await using var app = new AppFactory(folder.Path, store);
        var client = app.CreateClient();

        var html = await client.GetStringAsync("/articles");

        Assert.Contains("Syrian Peace Talks Implode As Key Rebel Stronghold Is Poised To Fall", html);
        if (store.Provider == StoreProvider.Sqlite)
        {
            Assert.True(File.Exists(app.DatabasePath), "the store is a file in the data folder");
        }
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SyriaTalksDbContext>>().CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task RestartingTheAppNeverSeedsTheArticleTwice()
    {
        await using (var first = new AppFactory(folder.Path, store))
        {
            first.CreateClient();
        }
        await using var second = new AppFactory(folder.Path, store);
        second.CreateClient();

        await using var db = await second.Services.GetRequiredService<IDbContextFactory<SyriaTalksDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task TheTimelineShowsTheSeedsDatedEvents()
    {
        await using var app = new AppFactory(folder.Path, store);

        var html = await app.CreateClient().GetStringAsync("/");

        Assert.Contains("data-test=\"event\"", html);
        Assert.Contains("Wednesday 3 February 2016", html);
    }

    [Fact]
    public async Task TheQuotesPageFilteredBySpeakerShowsOnlyThatSpeakersQuotes()
    {
        await using var app = new AppFactory(folder.Path, store);
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
        await using var app = new AppFactory(folder.Path, store);
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
        await using var app = new AppFactory(folder.Path, store);

        var html = await (await app.SignedInClientAsync(TestAccounts.Editor)).GetStringAsync("/upload");

        Assert.Contains("type=\"file\"", html);
        Assert.Contains("publication date", html, StringComparison.OrdinalIgnoreCase);
    }
}

public sealed class SeededAppTestsOnSqlite() : SeededAppTests(StoreProvider.Sqlite);

public sealed class SeededAppTestsOnPostgreSql() : SeededAppTests(StoreProvider.PostgreSql);
