using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SyriaTalks.Data;
using SyriaTalks.Data.Identity;
using SyriaTalks.Domain;
using SyriaTalks.Ingestion;
using SyriaTalks.Ingestion.Startup;

namespace SyriaTalks.Cli.Users;

/// <summary>
/// <c>users add NAME --role ROLE [--password-stdin] [--db FILE]</c> and <c>users list [--db FILE]</c>: accounts in the
/// app's database, so the first Admin can be made on the server without any password in the repository or the
/// command line. The password is prompted for (twice, not echoed) or read as one line from standard input.
/// </summary>
public static class UsersCommand
{
    /// <param name="readSecret">Reads a password from the terminal without echo; null when there is no terminal.</param>
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr,
        IConfiguration? configuration = null, Func<string, string?>? readSecret = null)
    {
        if (args.Length == 0 || args[0] is not ("add" or "list"))
        {
            stderr.WriteLine("users: use 'users add NAME --role Reader|Editor|Admin [--password-stdin] [--db FILE]' or 'users list [--db FILE]'.");
            return 2;
        }
        string? db = null;
        string? role = null;
        var passwordStdin = false;
        var names = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--db" when i + 1 < args.Length:
                    db = args[++i];
                    break;
                case "--role" when i + 1 < args.Length:
                    role = args[++i];
                    break;
                case "--password-stdin":
                    passwordStdin = true;
                    break;
                case var a when a.StartsWith("--", StringComparison.Ordinal):
                    stderr.WriteLine($"Unknown or incomplete option '{a}'.");
                    return 2;
                default:
                    names.Add(args[i]);
                    break;
            }
        }

        configuration ??= new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var dataFolder = Path.GetFullPath(configuration["Storage:DataFolder"] is { Length: > 0 } f ? f : "data");
        if (db is not null)
        {
            configuration = new ConfigurationBuilder().AddConfiguration(configuration)
                .AddInMemoryCollection([
                    new("Database:Provider", nameof(SyriaTalks.Data.StoreProvider.Sqlite)),
                    new("ConnectionStrings:Default", new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(db) }.ToString()),
                ])
                .Build();
        }
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSyriaTalksIngestion(configuration, dataFolder, initializeDatabase: false)
            .Configure<SeedOptions>(seeds => seeds.Enabled = false)
            .AddSingleton<DatabaseInitializer>();
        services.AddSyriaTalksIdentity();
        await using var provider = services.BuildServiceProvider();
        // The app's own start-up (migrations, never the seeds), so this works before the app ever ran.
        await provider.GetRequiredService<DatabaseInitializer>().StartAsync(CancellationToken.None);
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        if (args[0] == "list")
        {
            foreach (var user in users.Users.OrderBy(u => u.UserName).ToList())
            {
                var locked = user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow ? $"  locked until {end:yyyy-MM-dd HH:mm} UTC" : "";
                stdout.WriteLine($"{user.UserName}\t{await Accounts.RoleOfAsync(users, user)}{locked}");
            }
            return 0;
        }

        if (names.Count != 1)
        {
            stderr.WriteLine("users add: give exactly one user name.");
            return 2;
        }
        if (AccessRoles.Parse(role) is not { } canonical)
        {
            stderr.WriteLine($"users add: give --role {string.Join("|", AccessRoles.All)}.");
            return 2;
        }
        var password = ReadPassword(passwordStdin, stdin, stderr, readSecret);
        if (password is null)
        {
            return 2;
        }
        var (created, errors) = await Accounts.CreateAsync(users, names[0], password, canonical, DateTimeOffset.UtcNow);
        if (created is null)
        {
            foreach (var error in errors)
            {
                stderr.WriteLine($"users add: {error}");
            }
            return 1;
        }
        var context = scope.ServiceProvider.GetRequiredService<SyriaTalksDbContext>();
        context.AuditEntries.Add(new AuditEntry
        {
            At = DateTimeOffset.UtcNow,
            UserName = "cli",
            Action = AuditAction.UserAdd,
            Target = $"user {created.UserName}",
            After = canonical,
            Via = "command line",
        });
        await context.SaveChangesAsync();
        stdout.WriteLine($"users: {created.UserName} added as {canonical}.");
        return 0;
    }

    private static string? ReadPassword(bool fromStdin, TextReader stdin, TextWriter stderr, Func<string, string?>? readSecret)
    {
        if (fromStdin)
        {
            var line = stdin.ReadLine();
            if (string.IsNullOrEmpty(line))
            {
                stderr.WriteLine("users add: --password-stdin read no password.");
                return null;
            }
            return line;
        }
        if (readSecret is null)
        {
            stderr.WriteLine("users add: no terminal to ask for the password; pipe it in with --password-stdin.");
            return null;
        }
        var first = readSecret("Password: ");
        var second = readSecret("Password again: ");
        if (string.IsNullOrEmpty(first) || first != second)
        {
            stderr.WriteLine("users add: the passwords were empty or differed.");
            return null;
        }
        return first;
    }

    /// <summary>Reads a line from the terminal without echoing it.</summary>
    public static string? ReadSecretFromConsole(string prompt)
    {
        Console.Error.Write(prompt);
        var text = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.Error.WriteLine();
                return text.ToString();
            }
            if (key.Key == ConsoleKey.Backspace)
            {
                if (text.Length > 0)
                {
                    text.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }
    }
}
