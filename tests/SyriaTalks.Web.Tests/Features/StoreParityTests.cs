using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using SyriaTalks.Data;
using SyriaTalks.Data.Identity;
using SyriaTalks.Domain;
using SyriaTalks.Testing;
using SyriaTalks.Web.Features.Corrections;
using SyriaTalks.Web.Features.Quotes;

namespace SyriaTalks.Web.Tests.Features;

/// <summary>
/// The same searches on both stores find the same quotes: SQLite's FTS5 table and PostgreSQL's tsvector column read
/// words alike (case and accents ignored, the last word as a prefix, every word required, no stemming), and the
/// pages' LIKE filters ignore case on both.
/// </summary>
public sealed class StoreParityTests
{
    public static TheoryData<StoreProvider> Providers => [StoreProvider.Sqlite, StoreProvider.PostgreSql];

    private static readonly string[] Quotes =
    [
        "We will not negotiate while our people are being bombed",
        "The talks in Genève will resume by Feb. 25",
        "Negotiations are the only way forward for al-Assad's government",
        "This is not the end of the talks",
        "U.N. resolution 2254 must be applied in full",
        "Talking is cheap when the shelling goes on",
    ];

    public static TheoryData<string, int[]> Searches => new()
    {
        { "talks", [1, 3] },
        { "talk", [1, 3, 5] },
        { "TALKS", [1, 3] },
        { "geneve", [1] },
        { "GENÈVE", [1] },
        { "al-Assad", [2] },
        { "assad", [2] },
        { "2254 resolution", [4] },
        { "bombed people", [0] },
        { "negotiat", [0, 2] },
        { "U.N.", [4] },
        { "talks OR bombed", [] },
        { "\"end\" talks*", [3] },
        { "shell", [5] },
        { "shells", [] },
    };

    public static TheoryData<StoreProvider, string, int[]> SearchesOnEachStore()
    {
        var data = new TheoryData<StoreProvider, string, int[]>();
        foreach (var provider in new[] { StoreProvider.Sqlite, StoreProvider.PostgreSql })
        {
            foreach (var row in Searches)
            {
                data.Add(provider, (string)row[0], (int[])row[1]);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SearchesOnEachStore))]
    public async Task AQuoteSearchFindsTheQuotesContainingEveryWord(StoreProvider provider, string text, int[] expected)
    {
        using var database = new TestDatabase(provider);
        Fill(database);

        var page = await new QuotesService(database.Factory).SearchAsync(new QuoteQuery(Text: text, PageSize: 100));

        Assert.Equal(expected.Select(i => Quotes[i]).Order(), page.Items.Select(q => q.Text).Order());
        Assert.Equal(expected.Length, page.Total);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AnEmptySearchListsEveryQuote(StoreProvider provider)
    {
        using var database = new TestDatabase(provider);
        Fill(database);

        var page = await new QuotesService(database.Factory).SearchAsync(new QuoteQuery(Text: " ,; ", PageSize: 100));

        Assert.Equal(Quotes.Length, page.Total);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ASpeakerTypedInLowerCaseIsSuggested(StoreProvider provider)
    {
        using var database = new TestDatabase(provider);
        Fill(database);

        var suggestions = await new QuotesService(database.Factory).SuggestSpeakersAsync("mistura");

        Assert.Equal("Staffan de Mistura", Assert.Single(suggestions).Name);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AQuoteWhoseTextIsCorrectedIsFoundByItsNewWords(StoreProvider provider)
    {
        using var database = new TestDatabase(provider);
        Fill(database);
        using (var db = database.Open())
        {
            var quote = db.Quotes.Single(q => q.Text == Quotes[5]);
            quote.Text = "Waiting is cheap when the shelling goes on";
            db.SaveChanges();
        }

        var service = new QuotesService(database.Factory);

        Assert.Equal(1, (await service.SearchAsync(new QuoteQuery(Text: "waiting"))).Total);
        Assert.Equal(0, (await service.SearchAsync(new QuoteQuery(Text: "talking"))).Total);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task MergingTwoActorsMovesTheirQuotesArticlesAndEventsOntoOne(StoreProvider provider)
    {
        using var database = new TestDatabase(provider);
        int riad, riyad;
        using (var db = database.Open())
        {
            var store = new StoreBuilder(db);
            var article = store.Article("Hijab in Geneva", new DateOnly(2016, 2, 3), "Riad Hijab spoke. Riyad Hijab met the envoy. \"We will stay,\" Riad Hijab said.");
            store.Quote(article, "We will stay,", "Riad Hijab");
            store.Event(article, new DateOnly(2016, 2, 3), EventKind.Talks, "Riyad Hijab met the envoy.", ["Riad Hijab", "Riyad Hijab"]);
            store.Save();
            riad = store.Actor("Riad Hijab").Id;
            riyad = store.Actor("Riyad Hijab").Id;
        }

        Assert.True(await new CorrectionsService(database.Factory, TimeProvider.System, new Editor()).MergeActorsAsync(riad, riyad));

        using var check = database.Open();
        Assert.False(await check.Actors.AnyAsync(a => a.Id == riad));
        Assert.Equal(riyad, (await check.Quotes.SingleAsync()).SpeakerId);
        var link = await check.ArticleActors.SingleAsync();
        Assert.Equal((riyad, 2), (link.ActorId, link.Mentions));
        Assert.Equal([riyad], (await check.Events.Include(e => e.Actors).SingleAsync()).Actors.Select(a => a.Id));
        Assert.Contains("riad hijab", (await check.ActorAliases.Where(a => a.ActorId == riyad).Select(a => a.Name.ToLower()).ToListAsync()));
    }

    private static void Fill(TestDatabase database)
    {
        using var db = database.Open();
        var store = new StoreBuilder(db);
        var article = store.Article("Talks in Geneva", new DateOnly(2016, 2, 3), string.Join(" ", Quotes));
        foreach (var (quote, i) in Quotes.Select((q, i) => (q, i)))
        {
            store.Quote(article, quote, i % 2 == 0 ? "Staffan de Mistura" : "Salem al-Meslet");
        }
        store.Save();
    }

    /// <summary>A signed-in editor, as the corrections pages have one.</summary>
    private sealed class Editor : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "parity-editor"), new Claim(ClaimTypes.Role, AccessRoles.Editor)], "test"))));
    }
}
