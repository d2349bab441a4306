using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SyriaTalks.Web.Tests.Api;

/// <summary>The lists of the API, read from the seeded store (the Daily Caller article of 3 February 2016).</summary>
public sealed class QueryApiTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task EveryListAnswersItemsTotalPageAndPageSize()
    {
        foreach (var list in new[] { "articles", "quotes", "events", "actors", "places" })
        {
            var body = await app.Client.GetFromJsonAsync<JsonElement>($"/api/{list}");

            Assert.Equal(JsonValueKind.Array, body.GetProperty("items").ValueKind);
            Assert.True(body.GetProperty("total").GetInt32() >= body.GetProperty("items").GetArrayLength(), list);
            Assert.Equal(1, body.GetProperty("page").GetInt32());
            Assert.Equal(20, body.GetProperty("pageSize").GetInt32());
        }
    }

    [Fact]
    public async Task QuotesFilteredBySpeakerAreOnlyThatSpeakersWhateverTheCaseOfTheName()
    {
        var all = await app.Client.GetFromJsonAsync<JsonElement>("/api/quotes?pageSize=100");
        var speakers = all.GetProperty("items").EnumerateArray().Select(q => q.GetProperty("speaker").GetString()).OfType<string>().ToList();
        Assert.True(speakers.Distinct().Count() >= 2, "the seed quotes several speakers");
        var speaker = speakers[0];

        var filtered = await app.Client.GetFromJsonAsync<JsonElement>($"/api/quotes?speaker={Uri.EscapeDataString(speaker.ToLowerInvariant())}&pageSize=100");

        Assert.Equal(speakers.Count(s => s == speaker), filtered.GetProperty("total").GetInt32());
        Assert.All(filtered.GetProperty("items").EnumerateArray(), q => Assert.Equal(speaker, q.GetProperty("speaker").GetString()));
    }

    [Fact]
    public async Task QuotesFilteredByTextAndDateKeepOnlyMatchingOnes()
    {
        var first = (await app.Client.GetFromJsonAsync<JsonElement>("/api/quotes")).GetProperty("items")[0];
        var words = string.Join(' ', first.GetProperty("text").GetString()!.Split(' ').Take(3));
        var published = DateOnly.Parse(first.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        var hit = await app.Client.GetFromJsonAsync<JsonElement>($"/api/quotes?q={Uri.EscapeDataString(words)}&from={published:yyyy-MM-dd}&to={published:yyyy-MM-dd}");
        var before = await app.Client.GetFromJsonAsync<JsonElement>($"/api/quotes?q={Uri.EscapeDataString(words)}&to={published.AddDays(-1):yyyy-MM-dd}");

        Assert.True(hit.GetProperty("total").GetInt32() >= 1);
        Assert.All(hit.GetProperty("items").EnumerateArray(), q => Assert.Contains(words, q.GetProperty("text").GetString()!, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, before.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task APageSizeAboveTheBoundIsCutToTheBound()
    {
        var body = await app.Client.GetFromJsonAsync<JsonElement>("/api/actors?pageSize=100000");

        Assert.Equal(100, body.GetProperty("pageSize").GetInt32());
        Assert.True(body.GetProperty("items").GetArrayLength() <= 100);
    }

    [Fact]
    public async Task PagesDoNotOverlap()
    {
        var first = await app.Client.GetFromJsonAsync<JsonElement>("/api/actors?page=1&pageSize=3");
        var second = await app.Client.GetFromJsonAsync<JsonElement>("/api/actors?page=2&pageSize=3");

        var ids = first.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(3, ids.Count);
        Assert.DoesNotContain(second.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetInt32()), ids.Contains);
    }

    [Fact]
    public async Task AnUnknownEventKindIsRefusedListingTheKnownOnes()
    {
        var response = await app.Client.GetAsync("/api/events?kind=picnic");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("air strike", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EventsFilteredByKindHaveThatKind()
    {
        var body = await app.Client.GetFromJsonAsync<JsonElement>("/api/events?kind=talks&pageSize=100");

        Assert.All(body.GetProperty("items").EnumerateArray(), e => Assert.Equal("talks", e.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task AnUnparseableDateFilterIsRefusedWith400()
    {
        var response = await app.Client.GetAsync("/api/quotes?from=yesterday");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'from'", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PlacesFoundByNameCarryTheirCoordinates()
    {
        var all = await app.Client.GetFromJsonAsync<JsonElement>("/api/places?pageSize=100");
        var place = all.GetProperty("items").EnumerateArray().First(p => p.GetProperty("latitude").ValueKind == JsonValueKind.Number);
        var name = place.GetProperty("name").GetString()!;

        var found = await app.Client.GetFromJsonAsync<JsonElement>($"/api/places?q={Uri.EscapeDataString(name.ToUpperInvariant())}");

        var same = Assert.Single(found.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetInt32() == place.GetProperty("id").GetInt32());
        Assert.Equal(place.GetProperty("latitude").GetDouble(), same.GetProperty("latitude").GetDouble());
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheUploadAndTheLists()
    {
        var doc = await app.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = doc.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/articles").TryGetProperty("post", out _));
        foreach (var list in new[] { "/api/quotes", "/api/events", "/api/actors", "/api/places" })
        {
            Assert.True(paths.GetProperty(list).TryGetProperty("get", out _), list);
        }
    }
}
