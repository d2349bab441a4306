using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SyriaTalks.Cli.Users;
using SyriaTalks.Data;
using SyriaTalks.Data.Identity;
using SyriaTalks.Domain;

namespace SyriaTalks.Cli.Tests.Users;

/// <summary><c>users add</c> and <c>users list</c>: the first Admin made on the server, the password never on the command line.</summary>
public sealed class UsersCommandTests : IDisposable
{
    private static readonly IConfiguration NoConfiguration = new ConfigurationBuilder().Build();
    private static readonly string Password = "pw " + Guid.NewGuid().ToString("N");

    private readonly string folder = Directory.CreateTempSubdirectory("syriatalks-users-").FullName;

    private string Database => Path.Combine(folder, "app.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private async Task<(int Exit, string Out, string Err)> RunAsync(string stdin, Func<string, string?>? readSecret, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await UsersCommand.RunAsync([.. args, "--db", Database], new StringReader(stdin), stdout, stderr, NoConfiguration, readSecret);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private async Task<T> WithUsersAsync<T>(Func<UserManager<AppUser>, SyriaTalksDbContext, Task<T>> check)
    {
        var options = SyriaTalks.Data.StoreOptions.For(StoreProvider.Sqlite, $"Data Source={Database};Pooling=False");
        var services = new ServiceCollection().AddLogging().AddSingleton<IDbContextFactory<SyriaTalksDbContext>>(new Factory(options));
        services.AddSyriaTalksIdentity();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return await check(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>(), scope.ServiceProvider.GetRequiredService<SyriaTalksDbContext>());
    }

    [Fact]
    public async Task AddWithThePasswordOnStandardInputMakesAnAdminWhoseOnlyPasswordIsThatOne()
    {
        var (exit, stdout, _) = await RunAsync(Password + "\n", null, "add", "chief", "--role", "admin", "--password-stdin");

        Assert.Equal(0, exit);
        Assert.Contains("chief added as Admin", stdout);
        var (passwordOk, wrongOk, role) = await WithUsersAsync(async (users, _) =>
        {
            var user = await users.FindByNameAsync("chief");
            return (await users.CheckPasswordAsync(user!, Password), await users.CheckPasswordAsync(user!, Password + "x"), await Accounts.RoleOfAsync(users, user!));
        });
        Assert.True(passwordOk);
        Assert.False(wrongOk);
        Assert.Equal(AccessRoles.Admin, role);
        var audit = await WithUsersAsync((_, db) => db.AuditEntries.SingleAsync());
        Assert.Equal((AuditAction.UserAdd, "cli", "user chief"), (audit.Action, audit.UserName, audit.Target));
    }

    [Fact]
    public async Task ThePasswordIsAskedTwiceOnTheTerminalAndNeverPrinted()
    {
        var prompts = new List<string>();

        var (exit, stdout, stderr) = await RunAsync("", p => { prompts.Add(p); return Password; }, "add", "anna", "--role", "Editor");

        Assert.Equal(0, exit);
        Assert.Equal(["Password: ", "Password again: "], prompts);
        Assert.DoesNotContain(Password, stdout + stderr);
    }

    [Fact]
    public async Task TwoDifferentPasswordsOnTheTerminalMakeNoAccount()
    {
        var answers = new Queue<string>([Password, Password + "x"]);

        var (exit, _, stderr) = await RunAsync("", _ => answers.Dequeue(), "add", "anna", "--role", "Editor");

        Assert.Equal(2, exit);
        Assert.Contains("differed", stderr);
        Assert.Equal(0, await WithUsersAsync((users, _) => users.Users.CountAsync()));
    }

    [Fact]
    public async Task WithoutATerminalOrPasswordStdinNothingIsMadeAndTheWayIsNamed()
    {
        var (exit, _, stderr) = await RunAsync(Password + "\n", null, "add", "anna", "--role", "Editor");

        Assert.Equal(2, exit);
        Assert.Contains("--password-stdin", stderr);
    }

    [Fact]
    public async Task AShortPasswordIsRefusedWithThePolicysReason()
    {
        var (exit, _, stderr) = await RunAsync("short\n", null, "add", "anna", "--role", "Editor", "--password-stdin");

        Assert.Equal(1, exit);
        Assert.Contains($"at least {IdentityRules.MinimumPasswordLength} characters", stderr);
        Assert.Equal(0, await WithUsersAsync((users, _) => users.Users.CountAsync()));
    }

    [Fact]
    public async Task AnUnknownRoleIsRefused()
    {
        var (exit, _, stderr) = await RunAsync(Password + "\n", null, "add", "anna", "--role", "Superuser", "--password-stdin");

        Assert.Equal(2, exit);
        Assert.Contains("Reader|Editor|Admin", stderr);
    }

    [Fact]
    public async Task ListShowsEachAccountWithItsRole()
    {
        await RunAsync(Password + "\n", null, "add", "chief", "--role", "Admin", "--password-stdin");
        await RunAsync(Password + "\n", null, "add", "anna", "--role", "Reader", "--password-stdin");

        var (exit, stdout, _) = await RunAsync("", null, "list");

        Assert.Equal(0, exit);
        Assert.Equal(["anna\tReader", "chief\tAdmin"], stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private sealed class Factory(DbContextOptions<SyriaTalksDbContext> options) : IDbContextFactory<SyriaTalksDbContext>
    {
        public SyriaTalksDbContext CreateDbContext() => new(options);
    }
}
