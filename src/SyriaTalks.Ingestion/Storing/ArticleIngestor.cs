using System.Runtime.ExceptionServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SyriaTalks.Data;
using SyriaTalks.Ingestion.Pipeline;

namespace SyriaTalks.Ingestion.Storing;

/// <summary>
/// Stores extracted articles, one at a time or in batches. Each article is all or nothing: everything the engine found
/// is stored with it, or nothing is, and in a batch a failing article leaves its neighbours stored. Actors and places
/// are merged with those already in the store; an article already stored with the same content is recognised; a new
/// version at the same URL replaces the old one; recorded corrections are applied again.
/// </summary>
/// <remarks>
/// A batch is one transaction under the store write lock, with a savepoint per article; the store's hashes, URLs and
/// names for the whole batch are fetched in a few queries, and rows are written with prepared commands
/// (<see cref="StoreRows"/>). docs/benchmarks.md (section 2) measures why: one EF Core <c>SaveChanges</c> per article
/// sent ~39 commands, each an <c>INSERT … RETURNING</c> SQLite parsed anew, and a commit per article.
/// </remarks>
public sealed class ArticleIngestor(
    IDbContextFactory<SyriaTalksDbContext> dbFactory,
    ExtractionPipeline pipeline,
    TimeProvider clock,
    ILogger<ArticleIngestor> logger)
{
    // SQLite has one writer at a time; queueing writers in-process avoids "database is locked" under load.
    // Across processes (several instances on one PostgreSQL store) the store write lock serializes the merges.
    private static readonly SemaphoreSlim WriteLock = new(1, 1);

    public async Task<IngestResult> IngestAsync(ArticleSource source, CancellationToken ct = default)
    {
        var extracted = pipeline.Run(source);
        return await StoreAsync(extracted, source.FileName, ct);
    }

    /// <summary>
    /// Stores one article in its own transaction; a failure is thrown, and leaves the store as it was.
    /// <paramref name="alongside"/>, when given, writes its own rows in the same transaction (see <see cref="BatchArticle.Alongside"/>).
    /// </summary>
    public async Task<IngestResult> StoreAsync(ExtractedArticle extracted, string? sourceLabel, CancellationToken ct = default,
        Func<SyriaTalksDbContext, IngestResult, CancellationToken, Task>? alongside = null)
    {
        var outcome = (await StoreBatchAsync([new BatchArticle(extracted, sourceLabel, alongside)], ct))[0];
        if (outcome.Error is not null)
        {
            ExceptionDispatchInfo.Throw(outcome.Error);
        }
        return outcome.Result!;
    }

    /// <summary>
    /// Stores several articles in one transaction, each under its own savepoint: an article that fails is rolled back
    /// alone and comes back with its error, the others are stored. Outcomes are in the order of <paramref name="batch"/>.
    /// A failure of the transaction itself (the connection lost, the commit refused) is thrown and stores none of them.
    /// </summary>
    public async Task<IReadOnlyList<StoreOutcome>> StoreBatchAsync(IReadOnlyList<BatchArticle> batch, CancellationToken ct = default)
    {
        var outcomes = new StoreOutcome[batch.Count];
        if (batch.Count == 0)
        {
            return outcomes;
        }
        var prepared = batch.Select(b => b.Prepared).ToList();
        await WriteLock.WaitAsync(ct);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            // Each article has its own savepoint; EF's own around every SaveChanges would only add commands.
            db.Database.AutoSavepointsEnabled = false;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.LockStoreForWritingAsync(ct);
            // Checked once per batch: on a store without corrections (every bulk load so far) nothing can be re-applied.
            var corrections = await db.Corrections.AnyAsync(ct);
            await using var rows = new StoreRows(db);
            var session = new BatchSession(db, rows, clock);
            await session.FetchAsync(prepared, ct);
            for (var i = 0; i < prepared.Count; i++)
            {
                if (session.Stale)
                {
                    await session.FetchAsync(prepared.Skip(i), ct);
                }
                await rows.SavepointAsync(ct);
                try
                {
                    var result = await StoreOneAsync(db, session, prepared[i], corrections, ct);
                    if (batch[i].Alongside is { } alongside)
                    {
                        await alongside(db, result, ct);
                        session.Forget();
                    }
                    outcomes[i] = new StoreOutcome(result, null);
                    await rows.ReleaseSavepointAsync(ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    await rows.RollbackToSavepointAsync(ct);
                    session.Forget();
                    logger.LogWarning(ex, "Article {Title} ({Source}) could not be stored; nothing of it was kept", prepared[i].Extracted.Article.Title, prepared[i].SourceLabel);
                    outcomes[i] = new StoreOutcome(null, ex);
                }
            }
            await tx.CommitAsync(ct);
        }
        finally
        {
            WriteLock.Release();
        }
        foreach (var result in outcomes.Select(o => o.Result).OfType<IngestResult>().Where(r => r.Status != IngestStatus.Duplicate))
        {
            logger.LogInformation(
                "Stored article {ArticleId} {Title}: {QuoteCount} quotes, {EventCount} events, {ActorCount} actors, {PlaceCount} places ({Status})",
                result.ArticleId, result.Title, result.Quotes, result.Events, result.Actors, result.Places, result.Status);
        }
        return outcomes;
    }

    /// <summary>Deletes an article and whatever came only from it.</summary>
    public async Task<bool> DeleteAsync(int articleId, CancellationToken ct = default)
    {
        await WriteLock.WaitAsync(ct);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.LockStoreForWritingAsync(ct);
            var removed = await ArticleRemover.RemoveAsync(db, articleId, ct);
            await tx.CommitAsync(ct);
            if (removed)
            {
                logger.LogInformation("Deleted article {ArticleId}", articleId);
            }
            return removed;
        }
        finally
        {
            WriteLock.Release();
        }
    }

    private static async Task<IngestResult> CountsAsync(SyriaTalksDbContext db, IngestStatus status, int id, string title, CancellationToken ct)
    {
        var counts = await db.Articles.Where(a => a.Id == id)
            .Select(a => new { Quotes = a.Quotes.Count, Events = a.Events.Count, Actors = a.Actors.Count, Places = a.Places.Count })
            .SingleAsync(ct);
        return new(status, id, title, counts.Quotes, counts.Events, counts.Actors, counts.Places);
    }

    private async Task<IngestResult> StoreOneAsync(SyriaTalksDbContext db, BatchSession session, PreparedArticle article, bool corrections, CancellationToken ct)
    {
        if (session.SameContent(article) is { } same)
        {
            logger.LogInformation("Article {ArticleId} already stored with the same content; {Source} skipped", same.Id, article.SourceLabel);
            return await CountsAsync(db, IngestStatus.Duplicate, same.Id, same.Title, ct);
        }
        var status = IngestStatus.Created;
        // Rows stored before URLs were canonicalised keep the address as the page gave it.
        if (session.SameUrl(article) is { } older && await ArticleRemover.RemoveAsync(db, older, ct))
        {
            session.Removed(older);
            status = IngestStatus.Updated;
        }
        var (id, quotes, events, actors, places) = await session.WriteAsync(article, ct);
        if (corrections)
        {
            (quotes, events) = await ReapplyCorrectionsAsync(db, id, ct);
            session.Forget();
        }
        return new IngestResult(status, id, Clip(article.Extracted.Article.Title, 1000)!, quotes, events, actors, places);
    }

    /// <summary>The corrections recorded for this article and its actors, applied to it as stored.</summary>
    private static async Task<(int Quotes, int Events)> ReapplyCorrectionsAsync(SyriaTalksDbContext db, int articleId, CancellationToken ct)
    {
        var article = await db.Articles
            .Include(a => a.Quotes)
            .Include(a => a.Events)
            .Include(a => a.Actors).ThenInclude(x => x.Actor)
            .AsSplitQuery()
            .SingleAsync(a => a.Id == articleId, ct);
        await CorrectionApplier.ReapplyAsync(db, article, ct);
        return (article.Quotes.Count, article.Events.Count);
    }

    private static string? Clip(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
