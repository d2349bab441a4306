using System.Net;
using System.Runtime.CompilerServices;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyriaTalks.Data;
using SyriaTalks.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SyriaTalks.Web.Infrastructure;
using SyriaTalks.Web.Tests.Integration;

namespace SyriaTalks.Web.Tests.Api;

public sealed partial class SecurityTests(ApiFixture app) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/upload")]
    [InlineData("/api/articles")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string path)
    {
        var response = await app.Client.GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Matches("script-src 'self'( 'sha256-[^']+')?$", csp);
        Assert.False(string.IsNullOrEmpty(response.Headers.GetValues("X-Correlation-Id").Single()));
    }

    [Fact]
    public async Task TheOnlyInlineScriptOfAPageIsTheImportMapAndThePolicyAllowsItByItsHash()
    {
        var response = await app.Client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        var inline = InlineScript().Matches(html).Select(m => m.Groups[2].Value).ToList();
        var importMap = Assert.Single(inline);
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importMap)));
        Assert.Contains($"'sha256-{hash}'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task AServerErrorInTheApiAnswersProblemDetailsWithTheCorrelationIdAndNoStackTrace()
    {
        var failing = new StrongBox<bool>();
        await using var broken = app.App.WithWebHostBuilder(b => b.ConfigureTestServices(s => BrokenFactory.Replace(s, failing)));
        var client = broken.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", app.EditorKey);
        failing.Value = true;

        var response = await client.PostAsync("/api/articles", ApiFixture.File(SampleArticles.TextBytes(301), "a.txt", "2016-02-03"));

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.True("application/problem+json" == response.Content.Headers.ContentType?.MediaType, text);
        var traceId = JsonDocument.Parse(text).RootElement.GetProperty("traceId").GetString();
        Assert.Equal(response.Headers.GetValues("X-Correlation-Id").Single(), traceId);
        Assert.Contains(traceId!, text[(text.IndexOf("detail", StringComparison.Ordinal))..]);
        Assert.DoesNotContain("   at ", text);
        Assert.DoesNotContain("disk I/O", text);
    }

    [Fact]
    public async Task APageThatFailsShowsTheErrorPageWithTheCorrelationIdAndNoStackTrace()
    {
        var failing = new StrongBox<bool>();
        await using var broken = app.App.WithWebHostBuilder(b => b.ConfigureTestServices(s => BrokenFactory.Replace(s, failing)));
        var client = broken.CreateClient();
        failing.Value = true;

        var response = await client.GetAsync("/articles");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var id = response.Headers.GetValues("X-Correlation-Id").Single();
        Assert.Contains($"<code data-test=\"correlation-id\">{System.Net.WebUtility.HtmlEncode(id)}</code>", html);
        Assert.DoesNotContain("   at ", html);
        Assert.DoesNotContain("InvalidOperationException", html);
    }

    [Fact]
    public async Task TheUploadApiAcceptsNoBrowserFormFromAnotherSite()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = ApiFixture.File(SampleArticles.TextBytes(302), "a.txt", "2016-02-03") };
        request.Headers.Add("Origin", "http://localhost.evil.example");

        var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnUnexpectedErrorIsLoggedWithTheCorrelationIdTheUserIsShown()
    {
        var logger = new CapturingLogger();
        var context = new DefaultHttpContext { TraceIdentifier = "0HNTEST:00000007" };
        context.Request.Method = "POST";
        context.Request.Path = "/api/articles";
        context.Response.Body = new MemoryStream();
        context.RequestServices = app.App.Services;

        var handled = await new CorrelatedExceptionHandler(logger).TryHandleAsync(context, new InvalidOperationException("disk I/O error"), CancellationToken.None);

        Assert.True(handled);
        var (level, message, exception) = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Error, level);
        Assert.Contains("0HNTEST:00000007", message);
        Assert.IsType<InvalidOperationException>(exception);
        context.Response.Body.Position = 0;
        Assert.Contains("0HNTEST:00000007", await new StreamReader(context.Response.Body).ReadToEndAsync());
    }

    private sealed class CapturingLogger : ILogger<CorrelatedExceptionHandler>
    {
        public List<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception), exception));
    }

    [GeneratedRegex("<script(?![^>]*\\bsrc=)([^>]*)>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();

    /// <summary>The app's store, failing as a full or vanished disk would once <c>failing</c> is set (after start-up).</summary>
    private sealed class BrokenFactory(IDbContextFactory<SyriaTalksDbContext> inner, StrongBox<bool> failing) : IDbContextFactory<SyriaTalksDbContext>
    {
        public SyriaTalksDbContext CreateDbContext() =>
            failing.Value ? throw new InvalidOperationException("disk I/O error (simulated)") : inner.CreateDbContext();

        public static void Replace(IServiceCollection services, StrongBox<bool> failing)
        {
            var real = services.Last(d => d.ServiceType == typeof(IDbContextFactory<SyriaTalksDbContext>));
            services.Remove(real);
            services.AddSingleton<IDbContextFactory<SyriaTalksDbContext>>(sp => new BrokenFactory(
                (IDbContextFactory<SyriaTalksDbContext>)(real.ImplementationInstance ?? real.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, real.ImplementationType!)),
                failing));
        }
    }
}

/// <summary>Many uploads at once into one app, on each provider (the derived classes below).</summary>
public abstract class ConcurrencyTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly TestStore store;

    protected ConcurrencyTests(StoreProvider provider) => store = new TestStore(provider, folder.Path);

    public void Dispose()
    {
        store.Dispose();
        folder.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task FiftyConcurrentUploadsAreAllStoredWithoutLockErrors()
    {
        await using var app = new AppFactory(folder.Path, store);
        var client = await app.KeyClientAsync();
        var before = await CountAsync(app);

        var responses = await Task.WhenAll(Enumerable.Range(1, 50).Select(i =>
            client.PostAsync("/api/articles", ApiFixture.File(SampleArticles.TextBytes(1000 + i), $"article-{i}.txt", "2016-02-03"))));

        var failures = new List<string>();
        foreach (var r in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            failures.Add($"{(int)r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
        }
        Assert.Empty(failures);
        Assert.Equal(before + 50, await CountAsync(app));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32()));
        Assert.Equal(50, ids.Distinct().Count());
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SyriaTalksDbContext>>().CreateDbContextAsync();
        if (store.Provider == StoreProvider.Sqlite)
        {
            Assert.Equal("ok", await db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToAsyncEnumerable().FirstAsync());
        }
    }

    [Fact]
    public async Task TheSameArticleUploadedTenTimesAtOnceIsStoredOnce()
    {
        await using var app = new AppFactory(folder.Path, store);
        var client = await app.KeyClientAsync();
        var before = await CountAsync(app);

        var responses = await Task.WhenAll(Enumerable.Range(1, 10).Select(i =>
            client.PostAsync("/api/articles", ApiFixture.File(SampleArticles.TextBytes(2000), $"copy-{i}.txt", "2016-02-03"))));

        Assert.True(1 == responses.Count(r => r.StatusCode == HttpStatusCode.Created), string.Join("\n", await Task.WhenAll(responses.Select(async r => $"{(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}"))));
        Assert.Equal(9, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(before + 1, await CountAsync(app));
    }

    private static async Task<int> CountAsync(AppFactory app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SyriaTalksDbContext>>().CreateDbContextAsync();
        return await db.Articles.CountAsync();
    }
}

public sealed class ConcurrencyTestsOnSqlite() : ConcurrencyTests(StoreProvider.Sqlite);

public sealed class ConcurrencyTestsOnPostgreSql() : ConcurrencyTests(StoreProvider.PostgreSql);
