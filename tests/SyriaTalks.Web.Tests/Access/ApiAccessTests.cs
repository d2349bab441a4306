using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyriaTalks.Domain;
using SyriaTalks.Testing;
using SyriaTalks.Web.Features.Account;
using SyriaTalks.Web.Tests.Api;
using SyriaTalks.Web.Tests.Integration;

namespace SyriaTalks.Web.Tests.Access;

/// <summary>
/// The API's write endpoint by every way in: no credentials, a Reader's and an Editor's key in either header, a revoked
/// or unknown key, a Reader's and an Editor's cookie. Refusals are problem details; reads stay public by default.
/// </summary>
public sealed class ApiAccessTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    private static HttpRequestMessage Upload(int round, Action<HttpRequestHeaders>? headers = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = ApiFixture.File(SampleArticles.TextBytes(round), $"round-{round}.txt", "2016-02-03") };
        headers?.Invoke(request.Headers);
        return request;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    [Fact]
    public async Task AnUploadWithoutCredentialsIsRefusedWith401ProblemDetailsNamingBothWaysIn()
    {
        var before = await app.ArticleCountAsync();

        var response = await app.Anonymous.SendAsync(Upload(501));

        var problem = await ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("X-Api-Key", problem.GetProperty("detail").GetString());
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(before, await app.ArticleCountAsync());
    }

    [Fact]
    public async Task AReadersKeyIsRefusedWith403()
    {
        var key = await app.App.NewApiKeyAsync(TestAccounts.Reader);
        var before = await app.ArticleCountAsync();

        var response = await app.Anonymous.SendAsync(Upload(502, h => h.Authorization = new AuthenticationHeaderValue("Bearer", key.Key)));

        await ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(before, await app.ArticleCountAsync());
    }

    [Fact]
    public async Task AnEditorsKeyInTheXApiKeyHeaderStoresTheArticleAndTheAuditTrailNamesTheKey()
    {
        var key = await app.App.NewApiKeyAsync(TestAccounts.Editor);

        var response = await app.Anonymous.SendAsync(Upload(503, h => h.Add("X-Api-Key", key.Key)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        await using var db = await app.OpenDbAsync();
        var audit = await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.Upload && e.Target.StartsWith($"article {id} "));
        Assert.Equal(TestAccounts.Editor, audit.UserName);
        Assert.Equal("api key 'test key'", audit.Via);
    }

    [Fact]
    public async Task ARevokedKeyIsRefusedWith401()
    {
        var key = await app.App.NewApiKeyAsync(TestAccounts.Editor);
        var owner = await app.App.PrincipalAsync(TestAccounts.Editor);
        Assert.True(await app.App.Services.GetRequiredService<ApiKeysService>().RevokeAsync(owner, key.Row.Id));

        var response = await app.Anonymous.SendAsync(Upload(504, h => h.Authorization = new AuthenticationHeaderValue("Bearer", key.Key)));

        await ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AnUnknownKeyIsRefusedWith401()
    {
        var response = await app.Anonymous.SendAsync(Upload(505, h => h.Add("X-Api-Key", ApiKeysService.KeyPrefix + new string('A', 43))));

        await ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TheStoreKeepsOnlyTheKeysHashNeverTheKey()
    {
        var key = await app.App.NewApiKeyAsync(TestAccounts.Editor);

        await using var db = await app.OpenDbAsync();
        var row = await db.ApiKeys.SingleAsync(k => k.Id == key.Row.Id);
        Assert.Equal(ApiKeysService.Hash(key.Key), row.Hash);
        Assert.DoesNotContain(await db.ApiKeys.Select(k => k.Hash + k.Prefix + k.Name).ToListAsync(), s => s.Contains(key.Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASignedInEditorsCookieUploadsThroughTheApi()
    {
        var editor = await app.App.SignedInClientAsync(TestAccounts.Editor);

        var response = await editor.SendAsync(Upload(506));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task ASignedInReadersCookieIsRefusedWith403ProblemDetailsNotARedirect()
    {
        var reader = await app.App.SignedInClientAsync(TestAccounts.Reader);

        var response = await reader.SendAsync(Upload(507));

        await ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ReadEndpointsArePublicUnderTheDefaultReadPolicy()
    {
        var response = await app.Anonymous.GetAsync("/api/articles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnAccountSeesOnlyItsOwnKeysAndCannotRevokeAnothers()
    {
        var editorsKey = await app.App.NewApiKeyAsync(TestAccounts.Editor);
        var keys = app.App.Services.GetRequiredService<ApiKeysService>();
        var reader = await app.App.PrincipalAsync(TestAccounts.Reader);

        Assert.DoesNotContain(await keys.ListAsync(reader, everyone: false), k => k.Id == editorsKey.Row.Id);
        await Assert.ThrowsAsync<Infrastructure.Access.AccessDeniedException>(() => keys.ListAsync(reader, everyone: true));
        await Assert.ThrowsAsync<Infrastructure.Access.AccessDeniedException>(() => keys.RevokeAsync(reader, editorsKey.Row.Id));
        var admin = await app.App.PrincipalAsync(TestAccounts.Admin);
        Assert.Contains(await keys.ListAsync(admin, everyone: true), k => k.Id == editorsKey.Row.Id && k.Owner == TestAccounts.Editor);
        Assert.True(await keys.RevokeAsync(admin, editorsKey.Row.Id));
    }
}
