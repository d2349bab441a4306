using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyriaTalks.Data;
using SyriaTalks.Testing;

namespace SyriaTalks.Web.Tests.Integration;

/// <summary>What instances behind one load balancer share: data-protection keys, and a SignalR backplane when configured.</summary>
public sealed class ScaleOutTests : IDisposable
{
    private readonly TempFolder first = new();
    private readonly TempFolder second = new();

    public void Dispose()
    {
        first.Dispose();
        second.Dispose();
    }

    [Fact]
    public async Task TwoInstancesOnOnePostgreSqlStoreReadEachOthersProtectedData()
    {
        using var store = new TestStore(StoreProvider.PostgreSql, first.Path);
        await using var a = new AppFactory(first.Path, store);
        await using var b = new AppFactory(second.Path, store);

        var token = Protector(a).Protect("circuit state");

        Assert.Equal("circuit state", Protector(b).Unprotect(token));
        await using var db = store.Open();
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync());
        Assert.False(Directory.Exists(Path.Combine(first.Path, "keys")), "on PostgreSQL the keys live in the store, not in a folder");
    }

    [Fact]
    public async Task SqliteInstancesShareTheirKeysThroughAConfiguredFolder()
    {
        var keys = Path.Combine(first.Path, "shared-keys");
        await using var a = new AppFactory(first.Path);
        await using var b = new AppFactory(second.Path);
        var sharedA = a.WithWebHostBuilder(w => w.UseSetting("DataProtection:KeysFolder", keys));
        var sharedB = b.WithWebHostBuilder(w => w.UseSetting("DataProtection:KeysFolder", keys));

        var token = Protector(sharedA).Protect("circuit state");

        Assert.Equal("circuit state", Protector(sharedB).Unprotect(token));
        Assert.NotEmpty(Directory.GetFiles(keys, "*.xml"));
    }

    [Fact]
    public async Task InstancesWithKeysInTheirOwnFoldersCannotReadEachOthersData()
    {
        await using var a = new AppFactory(first.Path);
        await using var b = new AppFactory(second.Path);

        var token = Protector(a).Protect("circuit state");

        Assert.ThrowsAny<CryptographicException>(() => Protector(b).Unprotect(token));
    }

    [Fact]
    public async Task ARedisConnectionInSettingsMakesSignalRUseTheRedisBackplane()
    {
        await using var app = new AppFactory(first.Path);
        Type? hubManager = null;
        Type? defaultManager = null;
        await using var withRedis = app.WithWebHostBuilder(w => w
            .UseSetting("SignalR:Redis", "127.0.0.1:1,abortConnect=false")
            .ConfigureTestServices(s => hubManager = s.Last(d => d.ServiceType == typeof(HubLifetimeManager<>)).ImplementationType));
        await using var without = app.WithWebHostBuilder(w => w
            .ConfigureTestServices(s => defaultManager = s.Last(d => d.ServiceType == typeof(HubLifetimeManager<>)).ImplementationType));

        _ = withRedis.Services;
        _ = without.Services;

        Assert.StartsWith("RedisHubLifetimeManager", hubManager?.Name);
        Assert.StartsWith("DefaultHubLifetimeManager", defaultManager?.Name);
    }

    private static IDataProtector Protector(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app) =>
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("SyriaTalks.Tests.ScaleOut");
}
