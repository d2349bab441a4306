using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SyriaTalks.Data;
using SyriaTalks.Data.Identity;
using SyriaTalks.Domain;
using SyriaTalks.Web.Infrastructure.Access;

namespace SyriaTalks.Web.Features.Account;

/// <summary>One API key as listed: never the key itself, which only its maker saw once.</summary>
public sealed record ApiKeyRow(int Id, string Name, string Prefix, string Owner, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt)
{
    public bool IsActive => RevokedAt is null;
}

/// <summary>A key just made: the row and the key, to be shown once.</summary>
public sealed record NewApiKey(ApiKeyRow Row, string Key);

/// <summary>
/// Makes, lists, revokes and checks API keys. A key is 32 random bytes (base64url) after <c>stk_</c>; the store keeps its
/// SHA-256 only, so a copy of the database does not hand out working keys.
/// </summary>
public sealed class ApiKeysService(IDbContextFactory<SyriaTalksDbContext> dbFactory, TimeProvider clock, ILogger<ApiKeysService> logger)
{
    public const string KeyPrefix = "stk_";
    private const int ShownPrefixLength = 12;

    public async Task<NewApiKey> CreateAsync(ClaimsPrincipal caller, string name, CancellationToken ct = default)
    {
        if (Callers.Id(caller) is not { } userId)
        {
            throw new AccessDeniedException("Sign in to make an API key.");
        }
        var label = name.Trim();
        if (label.Length is 0 or > 100)
        {
            throw new ArgumentException("Give the key a name of 1 to 100 characters.", nameof(name));
        }
        var key = KeyPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        var row = new ApiKey { UserId = userId, Name = label, Prefix = key[..ShownPrefixLength], Hash = Hash(key), CreatedAt = now };
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ApiKeys.Add(row);
        db.AuditEntries.Add(Callers.Audit(caller, AuditAction.KeyCreate, Describe(row), null, "active", now));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("{UserName} made API key {KeyId} ({KeyName})", Callers.Name(caller), row.Id, label);
        return new NewApiKey(new ApiKeyRow(row.Id, row.Name, row.Prefix, Callers.Name(caller), now, null, null), key);
    }

    /// <summary>The caller's own keys; with <paramref name="everyone"/>, every account's (Admins only).</summary>
    public async Task<IReadOnlyList<ApiKeyRow>> ListAsync(ClaimsPrincipal caller, bool everyone, CancellationToken ct = default)
    {
        if (Callers.Id(caller) is not { } userId)
        {
            throw new AccessDeniedException("Sign in to see your API keys.");
        }
        if (everyone)
        {
            Callers.RequireAdmin(caller);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var keys = db.ApiKeys.AsNoTracking();
        if (!everyone)
        {
            keys = keys.Where(k => k.UserId == userId);
        }
        return await keys.OrderByDescending(k => k.Id)
            .Join(db.Users, k => k.UserId, u => u.Id, (k, u) => new ApiKeyRow(k.Id, k.Name, k.Prefix, u.UserName ?? "", k.CreatedAt, k.LastUsedAt, k.RevokedAt))
            .ToListAsync(ct);
    }

    /// <summary>Revokes a key of the caller's own, or any key for an Admin; false when there is no such key to revoke.</summary>
    public async Task<bool> RevokeAsync(ClaimsPrincipal caller, int keyId, CancellationToken ct = default)
    {
        if (Callers.Id(caller) is not { } userId)
        {
            throw new AccessDeniedException("Sign in to revoke an API key.");
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == keyId, ct);
        if (key is null || key.RevokedAt is not null)
        {
            return false;
        }
        if (key.UserId != userId && !AccessRoles.IsAdmin(caller))
        {
            throw new AccessDeniedException("Only the key's owner or an Admin may revoke it.");
        }
        var now = clock.GetUtcNow();
        key.RevokedAt = now;
        db.AuditEntries.Add(Callers.Audit(caller, AuditAction.KeyRevoke, Describe(key), "active", "revoked", now));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("{UserName} revoked API key {KeyId}", Callers.Name(caller), key.Id);
        return true;
    }

    /// <summary>The active key with this value, or null; notes when it was last used (at most once a minute).</summary>
    public async Task<ApiKey?> FindActiveAsync(string key, CancellationToken ct = default)
    {
        if (!key.StartsWith(KeyPrefix, StringComparison.Ordinal) || key.Length > 100)
        {
            return null;
        }
        var hash = Hash(key);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await db.ApiKeys.FirstOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, ct);
        if (found is null)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        if (found.LastUsedAt is not { } last || now - last > TimeSpan.FromMinutes(1))
        {
            found.LastUsedAt = now;
            await db.SaveChangesAsync(ct);
        }
        return found;
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Describe(ApiKey key) => $"api key '{key.Name}' ({key.Prefix}…)";
}
