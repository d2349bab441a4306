using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyriaTalks.Data;
using SyriaTalks.Data.Identity;

namespace SyriaTalks.Testing;

/// <summary>
/// Accounts for tests, made through Identity on the test's own store. The password is random for each test run, so
/// none is written in the repository.
/// </summary>
public static class TestAccounts
{
    public const string Reader = "reader";
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static string Password { get; } = "pw " + Guid.NewGuid().ToString("N");

    /// <summary>One account of each role: reader, editor, admin.</summary>
    public static readonly (string Name, string Role)[] OneOfEach =
        [(Reader, AccessRoles.Reader), (Editor, AccessRoles.Editor), (Admin, AccessRoles.Admin)];

    /// <summary>Makes the accounts in a migrated store; returns their ids by name.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> CreateAsync(IDbContextFactory<SyriaTalksDbContext> factory, params (string Name, string Role)[] accounts)
    {
        var services = new ServiceCollection().AddLogging().AddSingleton(factory);
        services.AddSyriaTalksIdentity();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var ids = new Dictionary<string, string>();
        foreach (var (name, role) in accounts)
        {
            var (user, errors) = await Accounts.CreateAsync(users, name, Password, role, DateTimeOffset.UtcNow);
            ids[name] = user?.Id ?? throw new InvalidOperationException($"Account {name}: {string.Join(" ", errors)}");
        }
        return ids;
    }

    /// <summary>Migrates the SQLite file (as the app would on start) and makes the accounts in it.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> CreateInFileAsync(string connectionString, params (string Name, string Role)[] accounts)
    {
        var options = SyriaTalks.Data.StoreOptions.For(StoreProvider.Sqlite, connectionString);
        await using (var db = new SyriaTalksDbContext(options))
        {
            await db.Database.MigrateAsync();
        }
        return await CreateAsync(new OptionsFactory(options), accounts);
    }

    private sealed class OptionsFactory(DbContextOptions<SyriaTalksDbContext> options) : IDbContextFactory<SyriaTalksDbContext>
    {
        public SyriaTalksDbContext CreateDbContext() => new(options);
    }
}
