using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SyriaTalks.Data;
using SyriaTalks.Data.Identity;
using SyriaTalks.Domain;
using SyriaTalks.Web.Infrastructure.Access;

namespace SyriaTalks.Web.Features.Account;

/// <summary>
/// The first Admin without a password in the repository: while no Admin exists, start-up makes a random token and
/// logs a link <c>/account/setup?token=…</c>; the link makes one Admin account and then stops working. Only the
/// token's hash is kept, in memory, so a restart makes a new link (the command line's <c>users add</c> is the other way).
/// </summary>
public sealed class FirstAdminSetup(
    IServiceScopeFactory scopes,
    IOptions<AccessOptions> options,
    IHostApplicationLifetime lifetime,
    IServer server,
    TimeProvider clock,
    ILogger<FirstAdminSetup> logger) : IHostedService
{
    public const string Path = "/account/setup";

    private readonly SemaphoreSlim gate = new(1, 1);
    private byte[]? tokenHash;

    /// <summary>Whether a setup link is waiting to be used.</summary>
    public bool IsOpen => Volatile.Read(ref tokenHash) is not null;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SetupLink || await AdminExistsAsync(cancellationToken))
        {
            return;
        }
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        string database;
        await using (var scope = scopes.CreateAsyncScope())
        {
            database = scope.ServiceProvider.GetRequiredService<SyriaTalksDbContext>().Database.GetDbConnection().DataSource;
        }
        Volatile.Write(ref tokenHash, HashOf(token));
        // The address is known only once the server listens.
        lifetime.ApplicationStarted.Register(() =>
        {
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()?.TrimEnd('/') ?? "";
            logger.LogWarning(
                "No administrator account yet. Open {SetupLink} to create one (the link works once), or run: dotnet run --project src/SyriaTalks.Cli -- users add NAME --role Admin --db {Database}",
                $"{address}{Path}?token={token}", database);
        });
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Whether <paramref name="token"/> is the open setup link's token.</summary>
    public bool Accepts(string? token) =>
        token is { Length: > 0 and < 200 } && Volatile.Read(ref tokenHash) is { } expected
        && CryptographicOperations.FixedTimeEquals(expected, HashOf(token));

    /// <summary>Makes the first Admin and closes the link; errors for the user when the link or the password does not do.</summary>
    public async Task<(AppUser? User, IReadOnlyList<string> Errors)> CompleteAsync(string? token, string userName, string password, CancellationToken ct = default)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (!Accepts(token))
            {
                return (null, ["This setup link is not valid any more. Use the newest link in the log, or create the Admin with the command line."]);
            }
            if (await AdminExistsAsync(ct))
            {
                Volatile.Write(ref tokenHash, null);
                return (null, ["An Admin already exists: sign in, or ask an Admin for an account."]);
            }
            await using var scope = scopes.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var now = clock.GetUtcNow();
            var (user, errors) = await Accounts.CreateAsync(users, userName, password, AccessRoles.Admin, now);
            if (user is null)
            {
                return (null, errors);
            }
            Volatile.Write(ref tokenHash, null);
            var db = scope.ServiceProvider.GetRequiredService<SyriaTalksDbContext>();
            db.AuditEntries.Add(new AuditEntry
            {
                At = now,
                UserId = user.Id,
                UserName = user.UserName!,
                Action = AuditAction.AdminSetup,
                Target = $"user {user.UserName}",
                After = AccessRoles.Admin,
                Via = "setup link",
            });
            await db.SaveChangesAsync(ct);
            logger.LogInformation("First Admin {UserName} created through the setup link; the link is closed", user.UserName);
            return (user, []);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<bool> AdminExistsAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        ct.ThrowIfCancellationRequested();
        return (await users.GetUsersInRoleAsync(AccessRoles.Admin)).Count > 0;
    }

    private static byte[] HashOf(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
