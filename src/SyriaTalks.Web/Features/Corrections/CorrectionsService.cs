using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using SyriaTalks.Data;
using SyriaTalks.Domain;
using SyriaTalks.Ingestion.Storing;
using SyriaTalks.Web.Infrastructure.Access;

namespace SyriaTalks.Web.Features.Corrections;

public sealed record CorrectionRow(int Id, CorrectionKind Kind, string Target, string? Before, string? After, DateTimeOffset CreatedAt, string? Author = null);

public sealed record CorrectionPage(IReadOnlyList<CorrectionRow> Items, int Total);

/// <summary>
/// Manual corrections from the pages: each opens its own context and transaction, applies the change through
/// <see cref="CorrectionApplier"/> (the same code the ingestor re-applies them with) and records it, with its author and
/// an audit entry in the same transaction. Scoped to the circuit: the caller is the circuit's signed-in user, checked
/// here for the Editor role whatever the page showed.
/// </summary>
public sealed class CorrectionsService(IDbContextFactory<SyriaTalksDbContext> dbFactory, TimeProvider clock, AuthenticationStateProvider authentication)
{
    public Task<bool> ChangeQuoteSpeakerAsync(int quoteId, string? speaker, CancellationToken ct = default) =>
        RunAsync((db, now) => CorrectionApplier.ChangeQuoteSpeakerAsync(db, quoteId, speaker, now, ct), ct);

    public Task<bool> DeleteQuoteAsync(int quoteId, CancellationToken ct = default) =>
        RunAsync((db, now) => CorrectionApplier.DeleteQuoteAsync(db, quoteId, now, ct), ct);

    public Task<bool> DeleteEventAsync(int eventId, CancellationToken ct = default) =>
        RunAsync((db, now) => CorrectionApplier.DeleteEventAsync(db, eventId, now, ct), ct);

    public Task<bool> RenameActorAsync(int actorId, string name, CancellationToken ct = default) =>
        RunAsync((db, now) => CorrectionApplier.RenameActorAsync(db, actorId, name, now, ct), ct);

    public Task<bool> MergeActorsAsync(int fromId, int intoId, CancellationToken ct = default) =>
        RunAsync((db, now) => CorrectionApplier.MergeActorsAsync(db, fromId, intoId, now, ct), ct);

    /// <summary>The corrections made so far, newest first.</summary>
    public async Task<CorrectionPage> ListAsync(int page, int pageSize, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var total = await db.Corrections.CountAsync(ct);
        var items = await db.Corrections.AsNoTracking()
            .OrderByDescending(c => c.Id)
            .Skip(Math.Max(0, page) * pageSize).Take(pageSize)
            .Select(c => new CorrectionRow(c.Id, c.Kind, c.Target, c.Before, c.After, c.CreatedAt, c.Author))
            .ToListAsync(ct);
        return new CorrectionPage(items, total);
    }

    private async Task<bool> RunAsync(Func<SyriaTalksDbContext, DateTimeOffset, Task<Correction?>> apply, CancellationToken ct)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        Callers.RequireEditor(user);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Renames and merges of actors must not interleave with another instance's ingestion merging by name.
        await db.LockStoreForWritingAsync(ct);
        var now = clock.GetUtcNow();
        var correction = await apply(db, now);
        if (correction is null)
        {
            return false;
        }
        if (db.Entry(correction).State == EntityState.Detached)
        {
            // A merge clears the change tracker after its raw SQL; the correction is saved already, so attach it again.
            db.Corrections.Attach(correction);
        }
        correction.Author = Callers.Name(user);
        correction.AuthorId = Callers.Id(user);
        db.AuditEntries.Add(Callers.Audit(user, AuditActionOf(correction.Kind), correction.Target, correction.Before, correction.After, now));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    private static AuditAction AuditActionOf(CorrectionKind kind) => kind switch
    {
        CorrectionKind.QuoteSpeaker => AuditAction.QuoteSpeaker,
        CorrectionKind.QuoteDelete => AuditAction.QuoteDelete,
        CorrectionKind.EventDelete => AuditAction.EventDelete,
        CorrectionKind.ActorRename => AuditAction.ActorRename,
        CorrectionKind.ActorMerge => AuditAction.ActorMerge,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A correction kind without an audit action."),
    };
}
