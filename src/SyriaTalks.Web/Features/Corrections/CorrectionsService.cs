using Microsoft.EntityFrameworkCore;
using SyriaTalks.Data;
using SyriaTalks.Domain;
using SyriaTalks.Ingestion.Storing;

namespace SyriaTalks.Web.Features.Corrections;

public sealed record CorrectionRow(int Id, CorrectionKind Kind, string Target, string? Before, string? After, DateTimeOffset CreatedAt);

public sealed record CorrectionPage(IReadOnlyList<CorrectionRow> Items, int Total);

/// <summary>
/// Manual corrections from the pages: each opens its own context and transaction, applies the change through
/// <see cref="CorrectionApplier"/> (the same code the ingestor re-applies them with) and records it.
/// </summary>
public sealed class CorrectionsService(IDbContextFactory<SyriaTalksDbContext> dbFactory, TimeProvider clock)
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
            .Select(c => new CorrectionRow(c.Id, c.Kind, c.Target, c.Before, c.After, c.CreatedAt))
            .ToListAsync(ct);
        return new CorrectionPage(items, total);
    }

    private async Task<bool> RunAsync(Func<SyriaTalksDbContext, DateTimeOffset, Task<Correction?>> apply, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var correction = await apply(db, clock.GetUtcNow());
        if (correction is null)
        {
            return false;
        }
        await tx.CommitAsync(ct);
        return true;
    }
}
