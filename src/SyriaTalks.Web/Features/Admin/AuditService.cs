using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SyriaTalks.Data;
using SyriaTalks.Domain;
using SyriaTalks.Web.Infrastructure.Access;

namespace SyriaTalks.Web.Features.Admin;

public sealed record AuditRow(long Id, DateTimeOffset At, string UserName, AuditAction Action, string Target, string? Before, string? After, string? Via);

public sealed record AuditList(IReadOnlyList<AuditRow> Items, int Total);

/// <summary>Reads the audit trail, newest first, for Admins; filters by account name and by action.</summary>
public sealed class AuditService(IDbContextFactory<SyriaTalksDbContext> dbFactory)
{
    public async Task<AuditList> ListAsync(ClaimsPrincipal caller, int page, int pageSize, string? user = null, AuditAction? action = null, CancellationToken ct = default)
    {
        Callers.RequireAdmin(caller);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(user))
        {
            var name = user.Trim();
            entries = entries.Where(e => e.UserName == name);
        }
        if (action is { } a)
        {
            entries = entries.Where(e => e.Action == a);
        }
        var total = await entries.CountAsync(ct);
        var items = await entries.OrderByDescending(e => e.Id)
            .Skip(Math.Max(0, page) * pageSize).Take(pageSize)
            .Select(e => new AuditRow(e.Id, e.At, e.UserName, e.Action, e.Target, e.Before, e.After, e.Via))
            .ToListAsync(ct);
        return new AuditList(items, total);
    }
}
