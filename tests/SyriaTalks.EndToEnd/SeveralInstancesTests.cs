using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SyriaTalks.Data;
using SyriaTalks.Data.Identity;
using SyriaTalks.Domain;
using SyriaTalks.Testing;
using SyriaTalks.Web.Features.Account;

namespace SyriaTalks.EndToEnd;

/// <summary>
/// Two app processes on one PostgreSQL store, as behind a load balancer: they start together on an empty database
/// (both migrate and seed), then ingest the same articles at once, each in its own order and several at a time.
/// </summary>
public sealed class SeveralInstancesTests : IAsyncLifetime
{
    private const int Articles = 16;
    private readonly string folder = Directory.CreateTempSubdirectory("syriatalks-instances-").FullName;
    private TestStore store = null!;
    private AppProcess first = null!;
    private AppProcess second = null!;
    private string apiKey = null!;

    public async Task InitializeAsync()
    {
        store = new TestStore(StoreProvider.PostgreSql, folder);
        var starting = new[] { "a", "b" }.Select(name => AppProcess.StartAsync(Directory.CreateDirectory(Path.Combine(folder, name)).FullName, store.Settings)).ToArray();
        var started = await Task.WhenAll(starting);
        (first, second) = (started[0], started[1]);

        // Uploads need an editor's API key; made once the instances have migrated the store together.
        var factory = await store.MigrateAsync();
        var ids = await TestAccounts.CreateAsync(factory, (TestAccounts.Editor, AccessRoles.Editor));
        var editor = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, ids[TestAccounts.Editor]), new Claim(ClaimTypes.Name, TestAccounts.Editor), new Claim(ClaimTypes.Role, AccessRoles.Editor)], "test"));
        apiKey = (await new ApiKeysService(factory, TimeProvider.System, NullLogger<ApiKeysService>.Instance).CreateAsync(editor, "two instances")).Key;
    }

    [Fact]
    public async Task TwoInstancesIngestingTheSameArticlesAtOnceStoreEachArticleAndEachSharedActorOnce()
    {
        int seeded;
        await using (var db = store.Open())
        {
            seeded = await db.Articles.CountAsync();
        }

        var forward = Enumerable.Range(1, Articles).ToList();
        var backward = Enumerable.Reverse(forward).ToList();
        var results = await Task.WhenAll(UploadAllAsync(first, forward, apiKey), UploadAllAsync(second, backward, apiKey));
        var statuses = results.SelectMany(r => r).ToList();

        var failures = statuses.Where(s => s.Status is not (HttpStatusCode.Created or HttpStatusCode.OK)).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures.Select(f => $"{f.N}: {(int)f.Status} {f.Body}")) + "\n" + first.Log() + "\n" + second.Log());
        // Every text was sent twice, once to each instance: one of the two stored it, the other found it stored.
        Assert.All(statuses.GroupBy(s => s.N), g => Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.Created], g.Select(s => s.Status).Order()));

        await using var stored = store.Open();
        Assert.Equal(seeded + Articles, await stored.Articles.CountAsync());
        var actors = await stored.Actors.Include(a => a.Aliases).AsNoTracking().ToListAsync();
        Assert.Equal(actors.Count, actors.Select(a => a.NormalizedName).Distinct().Count());
        // No actor was created under a name that is another actor's alias: the merge saw what the other instance stored.
        var aliases = actors.SelectMany(a => a.Aliases.Select(al => (al.NormalizedName, a.Id))).ToList();
        Assert.DoesNotContain(aliases, al => actors.Any(a => a.NormalizedName == al.NormalizedName && a.Id != al.Id));
        var envoy = Assert.Single(actors, a => a.NormalizedName == NameKey.Normalize("Staffan de Mistura")
            || a.Aliases.Any(al => al.NormalizedName == NameKey.Normalize("Staffan de Mistura")));
        var samples = await stored.Articles.Where(a => a.Title.StartsWith("Syrian opposition weighs talks offer")).Select(a => a.Id).ToListAsync();
        Assert.Equal(Articles, samples.Count);
        Assert.Equal(Articles, await stored.ArticleActors.CountAsync(x => x.ActorId == envoy.Id && samples.Contains(x.ArticleId)));
        Assert.Equal(Articles, await stored.Quotes.Where(q => samples.Contains(q.ArticleId)).Select(q => q.ArticleId).Distinct().CountAsync());
    }

    private static async Task<List<(int N, HttpStatusCode Status, string Body)>> UploadAllAsync(AppProcess app, IReadOnlyList<int> order, string key)
    {
        using var http = new HttpClient { BaseAddress = app.BaseUri, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var results = new List<(int, HttpStatusCode, string)>();
        // Four uploads in flight per instance: the instances race each other and themselves.
        foreach (var chunk in order.Chunk(4))
        {
            results.AddRange(await Task.WhenAll(chunk.Select(async n =>
            {
                using var form = new MultipartFormDataContent();
                var file = new ByteArrayContent(SampleArticles.TextBytes(n));
                file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
                form.Add(file, "file", $"round-{n}.txt");
                form.Add(new StringContent("2016-02-03"), "published");
                using var response = await http.PostAsync("/api/articles", form);
                return (n, response.StatusCode, await response.Content.ReadAsStringAsync());
            })));
        }
        return results;
    }

    public async Task DisposeAsync()
    {
        await Task.WhenAll(new[] { first, second }.Where(a => a is not null).Select(a => a.DisposeAsync().AsTask()));
        store?.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
