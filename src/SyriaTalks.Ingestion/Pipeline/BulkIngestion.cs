using System.Threading.Channels;
using SyriaTalks.Ingestion.Storing;

namespace SyriaTalks.Ingestion.Pipeline;

/// <summary>How one item of a bulk ingestion ended: stored (or recognised), unreadable, or refused by the store.</summary>
public sealed record BulkOutcome(IngestResult? Result, Exception? ReadError, Exception? StoreError);

/// <summary>
/// Ingests many articles: one task reads and extracts the next articles into a bounded queue while the store writes
/// the previous ones in batches (<see cref="ArticleIngestor.StoreBatchAsync"/>), so on two cores extraction and
/// storing overlap. Outcomes are reported in the order of the items, each once its batch is committed.
/// </summary>
public static class BulkIngestion
{
    /// <summary>Articles per batch: enough that the batch's queries and commit cost little per article, few enough that the store's write lock is held for well under a second.</summary>
    public const int DefaultBatchSize = 64;

    /// <param name="items">The articles to ingest, enumerated once on the extraction task.</param>
    /// <param name="extract">Reads and extracts one item; what it throws is that item's read error.</param>
    /// <param name="sourceLabel">The file name stored with the article.</param>
    /// <param name="report">Called for each item, in order, on the caller's side.</param>
    public static async Task RunAsync<T>(
        ArticleIngestor ingestor,
        IEnumerable<T> items,
        Func<T, ExtractedArticle> extract,
        Func<T, string?> sourceLabel,
        Func<T, BulkOutcome, ValueTask> report,
        int batchSize = DefaultBatchSize,
        CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        // Two batches of room: the extraction task fills the next batch while the current one is written.
        var queue = Channel.CreateBounded<(T Item, BatchArticle? Article, Exception? Error)>(
            new BoundedChannelOptions(2 * batchSize) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var item in items)
                {
                    stop.Token.ThrowIfCancellationRequested();
                    BatchArticle? article = null;
                    Exception? error = null;
                    try
                    {
                        // The content hash and name keys too are computed here, off the store's critical path.
                        article = new BatchArticle(extract(item), sourceLabel(item));
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
                    {
                        error = ex;
                    }
                    await queue.Writer.WriteAsync((item, article, error), stop.Token);
                }
                queue.Writer.Complete();
            }
            catch (Exception ex)
            {
                queue.Writer.Complete(ex);
            }
        }, CancellationToken.None);

        try
        {
            var pending = new List<(T Item, BatchArticle? Article, Exception? Error)>(batchSize);
            while (await queue.Reader.WaitToReadAsync(ct))
            {
                pending.Clear();
                // A full batch, or what is left at the end: batches of one would pay a transaction and its queries each.
                while (pending.Count < batchSize && await queue.Reader.WaitToReadAsync(ct))
                {
                    while (pending.Count < batchSize && queue.Reader.TryRead(out var next))
                    {
                        pending.Add(next);
                    }
                }
                var readable = pending.Where(p => p.Error is null).Select(p => p.Article!).ToList();
                var stored = readable.Count == 0 ? [] : await ingestor.StoreBatchAsync(readable, ct);
                var k = 0;
                foreach (var p in pending)
                {
                    var outcome = p.Error is not null
                        ? new BulkOutcome(null, p.Error, null)
                        : stored[k++] is var s && s.Error is not null ? new BulkOutcome(null, null, s.Error) : new BulkOutcome(s.Result, null, null);
                    await report(p.Item, outcome);
                }
            }
        }
        finally
        {
            await stop.CancelAsync();
            try
            {
                await producer;
            }
            catch (OperationCanceledException)
            {
            }
        }
        // The extraction task's own failure (the items' enumeration threw) ends the run as it would have sequentially.
        await queue.Reader.Completion;
    }
}
