using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyriaTalks.Extraction;
using SyriaTalks.Testing;

namespace SyriaTalks.Web.Tests.Api;

/// <summary><c>POST /api/articles</c> when the engine throws on the uploaded article (<see cref="FailingEngine"/> in the app's container).</summary>
public sealed class EngineFailureUploadTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    private WebApplicationFactory<Program> FailingOn(int round) =>
        app.App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IArticleAnalyzer>(FailingEngine.OnRounds(round))));

    private HttpClient EditorClient(WebApplicationFactory<Program> failing)
    {
        var client = failing.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", app.EditorKey);
        return client;
    }

    [Fact]
    public async Task AnArticleOnWhichTheEngineFailsIsAnsweredWithProblemDetailsNamingTheFileAndNothingOfItIsStored()
    {
        await using var failing = FailingOn(401);
        var client = EditorClient(failing);
        var articles = await app.ArticleCountAsync();
        int audit;
        await using (var db = await app.OpenDbAsync())
        {
            audit = await db.AuditEntries.CountAsync();
        }

        var response = await client.PostAsync("/api/articles", ApiFixture.File(SampleArticles.TextBytes(401), "statement-401.txt", "2016-02-03"));

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.True("application/problem+json" == response.Content.Headers.ContentType?.MediaType, text);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal("The article could not be analysed.", problem.GetProperty("title").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.StartsWith("statement-401.txt:", detail);
        Assert.Contains("nothing of it was stored", detail);
        Assert.Equal(response.Headers.GetValues("X-Correlation-Id").Single(), problem.GetProperty("traceId").GetString());
        Assert.DoesNotContain("   at ", text);
        Assert.DoesNotContain(FailingEngine.Message, text);
        Assert.Equal(articles, await app.ArticleCountAsync());
        await using (var db = await app.OpenDbAsync())
        {
            Assert.Equal(audit, await db.AuditEntries.CountAsync());
        }
    }

    [Fact]
    public async Task AfterAnEngineFailureTheNextArticleIsStoredAsUsual()
    {
        await using var failing = FailingOn(402);
        var client = EditorClient(failing);
        Assert.Equal(HttpStatusCode.InternalServerError,
            (await client.PostAsync("/api/articles", ApiFixture.File(SampleArticles.TextBytes(402), "a.txt", "2016-02-03"))).StatusCode);

        var next = await client.PostAsync("/api/articles", ApiFixture.File(SampleArticles.TextBytes(403), "b.txt", "2016-02-03"));

        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
    }
}
