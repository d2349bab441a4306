using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyriaTalks.Data;
using SyriaTalks.Testing;
using SyriaTalks.Web.Tests.Integration;

namespace SyriaTalks.Web.Tests.Api;

/// <summary>
/// One real app (seeded, on a SQLite file) shared by the API tests of a class, with a 256 KB upload limit. Its
/// <see cref="Client"/> calls as the test editor, with an API key; <see cref="Anonymous"/> without any.
/// </summary>
public class ApiFixture : IAsyncLifetime, IAsyncDisposable
{
    public const long MaxBytes = 256 * 1024;

    private readonly TempFolder folder = new();
    private TestStore? store;
    private AppFactory? factory;

    /// <summary>The store the app runs on.</summary>
    public virtual StoreProvider Provider => StoreProvider.Sqlite;

    public WebApplicationFactory<Program> App { get; private set; } = null!;

    public string DataFolder => folder.Path;

    public HttpClient Client { get; private set; } = null!;

    public HttpClient Anonymous { get; private set; } = null!;

    /// <summary>The editor's key the <see cref="Client"/> sends.</summary>
    public string EditorKey { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        store = new TestStore(Provider, folder.Path);
        factory = new AppFactory(folder.Path, store);
        App = factory.WithWebHostBuilder(b => b.UseSetting("Upload:MaxBytes", MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Anonymous = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        EditorKey = (await App.NewApiKeyAsync(SyriaTalks.Testing.TestAccounts.Editor)).Key;
        Client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", EditorKey);
    }

    public async Task<SyriaTalksDbContext> OpenDbAsync() =>
        await App.Services.GetRequiredService<IDbContextFactory<SyriaTalksDbContext>>().CreateDbContextAsync();

    public async Task<int> ArticleCountAsync()
    {
        await using var db = await OpenDbAsync();
        return await db.Articles.CountAsync();
    }

    public static MultipartFormDataContent File(byte[] content, string fileName, string? published = null, string? url = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        if (published is not null)
        {
            form.Add(new StringContent(published), "published");
        }
        if (url is not null)
        {
            form.Add(new StringContent(url), "url");
        }
        return form;
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        Anonymous?.Dispose();
        await App.DisposeAsync();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
        store?.Dispose();
        folder.Dispose();
    }
}

/// <summary>The same app on a PostgreSQL database of its own.</summary>
public sealed class PostgreSqlApiFixture : ApiFixture
{
    public override StoreProvider Provider => StoreProvider.PostgreSql;
}
