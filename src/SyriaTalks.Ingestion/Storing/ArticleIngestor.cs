using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SyriaTalks.Data;
using SyriaTalks.Domain;
using SyriaTalks.Extraction;
using SyriaTalks.Ingestion.Pipeline;

namespace SyriaTalks.Ingestion.Storing;

/// <summary>
/// Reads, extracts and stores one article in one transaction: either everything the engine found is stored
/// with the article, or nothing is. Actors and places are merged with those already in the store.
/// </summary>
public sealed class ArticleIngestor(
    IDbContextFactory<SyriaTalksDbContext> dbFactory,
    ExtractionPipeline pipeline,
    TimeProvider clock,
    ILogger<ArticleIngestor> logger)
{
    // SQLite has one writer at a time; queueing writers in-process avoids "database is locked" under load.
    private static readonly SemaphoreSlim WriteLock = new(1, 1);

    public async Task<IngestResult> IngestAsync(ArticleSource source, CancellationToken ct = default)
    {
        var extracted = pipeline.Run(source);
        return await StoreAsync(extracted, source.FileName, ct);
    }

    public async Task<IngestResult> StoreAsync(ExtractedArticle extracted, string? sourceLabel, CancellationToken ct = default)
    {
        var read = extracted.Article;
        var hash = ContentHash.Of(read.Text);
        var url = CanonicalUrl.Normalize(read.Url);
        sourceLabel = sourceLabel is null ? null : SourceName.Sanitize(sourceLabel);
        await WriteLock.WaitAsync(ct);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);

            var same = await db.Articles.AsNoTracking()
                .Where(a => a.ContentHash == hash)
                .Select(a => new { a.Id, a.Title })
                .FirstOrDefaultAsync(ct);
            if (same is not null)
            {
                logger.LogInformation("Article {ArticleId} already stored with the same content; {Source} skipped", same.Id, sourceLabel);
                return await CountsAsync(db, IngestStatus.Duplicate, same.Id, same.Title, ct);
            }

            var status = IngestStatus.Created;
            if (url is not null)
            {
                // Rows stored before URLs were canonicalised keep the address as the page gave it.
                var older = await db.Articles.FirstOrDefaultAsync(a => a.Url == url || a.Url == read.Url, ct);
                if (older is not null)
                {
                    await ArticleRemover.RemoveAsync(db, older.Id, ct);
                    status = IngestStatus.Updated;
                }
            }

            var article = new Article
            {
                Title = Clip(read.Title, 1000)!,
                Outlet = Clip(read.Outlet, 300),
                Byline = Clip(read.Byline, 300),
                Url = Clip(url, 2000),
                Language = Clip(read.Language, 20),
                Published = extracted.Published,
                Text = read.Text,
                ContentHash = hash,
                IngestedAt = clock.GetUtcNow(),
                Source = Clip(sourceLabel, 500),
            };
            db.Articles.Add(article);

            var actors = await MergeActorsAsync(db, article, extracted.Analysis.Actors, ct);
            var places = await MergePlacesAsync(db, article, extracted.Analysis.Places, ct);
            AddQuotes(article, extracted, actors);
            AddEvents(article, extracted.Analysis.Events, actors, places);

            await db.SaveChangesAsync(ct);
            await CorrectionApplier.ReapplyAsync(db, article, ct);
            await tx.CommitAsync(ct);
            logger.LogInformation(
                "Stored article {ArticleId} {Title}: {QuoteCount} quotes, {EventCount} events, {ActorCount} actors, {PlaceCount} places ({Status})",
                article.Id, article.Title, article.Quotes.Count, article.Events.Count, actors.Count, places.Count, status);
            return new IngestResult(status, article.Id, article.Title, article.Quotes.Count, article.Events.Count, actors.Count, places.Count);
        }
        finally
        {
            WriteLock.Release();
        }
    }

    /// <summary>Deletes an article and whatever came only from it.</summary>
    public async Task<bool> DeleteAsync(int articleId, CancellationToken ct = default)
    {
        await WriteLock.WaitAsync(ct);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
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

    private static async Task<IngestResult> CountsAsync(SyriaTalksDbContext db, IngestStatus status, int id, string title, CancellationToken ct) =>
        new(status, id, title,
            await db.Quotes.CountAsync(q => q.ArticleId == id, ct),
            await db.Events.CountAsync(e => e.ArticleId == id, ct),
            await db.ArticleActors.CountAsync(x => x.ArticleId == id, ct),
            await db.ArticlePlaces.CountAsync(x => x.ArticleId == id, ct));

    private static async Task<Dictionary<string, Actor>> MergeActorsAsync(
        SyriaTalksDbContext db, Article article, IReadOnlyList<ExtractedActor> extracted, CancellationToken ct)
    {
        var byName = new Dictionary<string, Actor>(StringComparer.Ordinal);
        // The store's actors for every name of the article in a few round trips, instead of two or three queries
        // (and a scan of the change tracker) per name: the lookups were most of an article's storing time.
        var keys = extracted.Select(x => NameKey.Normalize(x.Name)).Where(k => k.Length > 0).Distinct().ToList();
        var known = (await db.Actors.Include(a => a.Aliases).Where(a => keys.Contains(a.NormalizedName)).ToListAsync(ct))
            .ToDictionary(a => a.NormalizedName, StringComparer.Ordinal);
        var aliasOwner = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var al in await db.ActorAliases.Where(al => keys.Contains(al.NormalizedName)).Select(al => new { al.NormalizedName, al.ActorId }).ToListAsync(ct))
        {
            aliasOwner.TryAdd(al.NormalizedName, al.ActorId);
        }
        var ownerIds = aliasOwner.Where(kv => !known.ContainsKey(kv.Key)).Select(kv => kv.Value).Distinct().ToList();
        var owners = ownerIds.Count == 0
            ? []
            : (await db.Actors.Include(a => a.Aliases).Where(a => ownerIds.Contains(a.Id)).ToListAsync(ct)).ToDictionary(a => a.Id);
        foreach (var x in extracted)
        {
            var key = NameKey.Normalize(x.Name);
            if (key.Length == 0 || byName.ContainsKey(x.Name))
            {
                continue;
            }
            var actor = known.GetValueOrDefault(key)
                ?? (aliasOwner.TryGetValue(key, out var ownerId) ? owners.GetValueOrDefault(ownerId) : null);
            if (actor is null)
            {
                actor = new Actor { Name = Clip(x.Name, 300)!, NormalizedName = key, Kind = x.Kind };
                db.Actors.Add(actor);
                known[key] = actor;
            }
            actor.Role ??= Clip(x.Role, 300);
            actor.Affiliation ??= Clip(x.Affiliation, 300);
            foreach (var alias in x.Aliases)
            {
                var aliasKey = NameKey.Normalize(alias);
                if (aliasKey.Length > 0 && aliasKey != actor.NormalizedName && actor.Aliases.All(a => a.NormalizedName != aliasKey))
                {
                    actor.Aliases.Add(new ActorAlias { Name = Clip(alias, 300)!, NormalizedName = aliasKey });
                }
            }
            // Two spellings in one article ("U.N.", "UN") can meet in one stored actor: one link, their mentions summed.
            if (article.Actors.FirstOrDefault(l => l.Actor == actor) is { } linked)
            {
                linked.Mentions += Math.Max(1, x.Mentions);
            }
            else
            {
                article.Actors.Add(new ArticleActor { Actor = actor, Mentions = Math.Max(1, x.Mentions) });
            }
            byName[x.Name] = actor;
        }
        return byName;
    }

    private static async Task<Dictionary<string, Place>> MergePlacesAsync(
        SyriaTalksDbContext db, Article article, IReadOnlyList<ExtractedPlace> extracted, CancellationToken ct)
    {
        var byName = new Dictionary<string, Place>(StringComparer.Ordinal);
        var keys = extracted.Select(x => NameKey.Normalize(x.Name)).Where(k => k.Length > 0).Distinct().ToList();
        var known = (await db.Places.Include(p => p.Aliases).Where(p => keys.Contains(p.NormalizedName)).ToListAsync(ct))
            .ToDictionary(p => p.NormalizedName, StringComparer.Ordinal);
        foreach (var x in extracted)
        {
            var key = NameKey.Normalize(x.Name);
            if (key.Length == 0 || byName.ContainsKey(x.Name))
            {
                continue;
            }
            var place = known.GetValueOrDefault(key);
            if (place is null)
            {
                place = new Place
                {
                    Name = Clip(x.Name, 300)!,
                    NormalizedName = key,
                    Kind = x.Kind,
                    CountryCode = x.CountryCode is { Length: 2 } cc ? cc.ToUpperInvariant() : null,
                    Latitude = x.Latitude,
                    Longitude = x.Longitude,
                };
                db.Places.Add(place);
                known[key] = place;
            }
            place.Latitude ??= x.Latitude;
            place.Longitude ??= x.Longitude;
            foreach (var alias in x.Aliases)
            {
                var aliasKey = NameKey.Normalize(alias);
                if (aliasKey.Length > 0 && aliasKey != place.NormalizedName && place.Aliases.All(a => a.NormalizedName != aliasKey))
                {
                    place.Aliases.Add(new PlaceAlias { Name = Clip(alias, 300)!, NormalizedName = aliasKey });
                }
            }
            if (article.Places.FirstOrDefault(l => l.Place == place) is { } linked)
            {
                linked.Mentions += Math.Max(1, x.Mentions);
            }
            else
            {
                article.Places.Add(new ArticlePlace { Place = place, Mentions = Math.Max(1, x.Mentions) });
            }
            byName[x.Name] = place;
        }
        return byName;
    }

    private static void AddQuotes(Article article, ExtractedArticle extracted, Dictionary<string, Actor> actors)
    {
        foreach (var q in extracted.Analysis.Quotes)
        {
            article.Quotes.Add(new Quote
            {
                Text = q.Text,
                Speaker = q.Speaker is not null && actors.TryGetValue(q.Speaker, out var speaker) ? speaker : null,
                SpeakerLabel = Clip(q.Speaker, 300),
                SpeakerRole = Clip(q.SpeakerRole, 300),
                SpeakerAffiliation = Clip(q.SpeakerAffiliation, 300),
                Cue = Clip(q.Cue, 100),
                Addressee = Clip(q.Addressee, 300),
                Sentence = q.Sentence,
                Start = q.Start,
                End = q.End,
                InHeadline = q.InHeadline,
                SentenceStart = q.SentenceStart,
                SentenceEnd = q.SentenceEnd,
                Published = extracted.Published,
            });
        }
    }

    private static void AddEvents(Article article, IReadOnlyList<ExtractedEvent> events, Dictionary<string, Actor> actors, Dictionary<string, Place> places)
    {
        foreach (var e in events)
        {
            article.Events.Add(new Event
            {
                Date = e.Date,
                DateEnd = e.DateEnd,
                Precision = e.Precision,
                Kind = e.Kind,
                Summary = Clip(e.Summary, 2000)!,
                Sentence = e.Sentence,
                Start = e.Start,
                End = e.End,
                IsPlanned = e.IsPlanned,
                Actors = [.. e.Actors.Select(n => actors.GetValueOrDefault(n)).OfType<Actor>().Distinct()],
                Places = [.. e.Places.Select(n => places.GetValueOrDefault(n)).OfType<Place>().Distinct()],
            });
        }
    }

    private static string? Clip(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
