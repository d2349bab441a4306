using Microsoft.EntityFrameworkCore;
using SyriaTalks.Data;
using SyriaTalks.Domain;

namespace SyriaTalks.Ingestion.Storing;

/// <summary>
/// Applies manual corrections: once when a person makes them (recording a <see cref="Correction"/>), and again each
/// time the same article is ingested, so that the engine never brings a corrected mistake back. Quote and event
/// corrections find their target by article URL or content hash plus text and offsets; actor corrections by the
/// actor's normalized name.
/// </summary>
public static class CorrectionApplier
{
    /// <summary>Attributes a quote to another speaker (an existing actor, or a new person of that name), or to no one.</summary>
    public static async Task<Correction?> ChangeQuoteSpeakerAsync(SyriaTalksDbContext db, int quoteId, string? speakerName, DateTimeOffset now, CancellationToken ct = default)
    {
        var quote = await db.Quotes.Include(q => q.Speaker).Include(q => q.Article).FirstOrDefaultAsync(q => q.Id == quoteId, ct);
        if (quote?.Article is null)
        {
            return null;
        }
        var before = quote.Speaker?.Name ?? quote.SpeakerLabel;
        var name = string.IsNullOrWhiteSpace(speakerName) ? null : speakerName.Trim();
        var actor = name is null ? null : await FindOrCreateActorAsync(db, NameKey.Normalize(name), name, ct);
        await SetSpeakerAsync(db, quote, actor, null, ct);
        var correction = new Correction
        {
            Kind = CorrectionKind.QuoteSpeaker,
            Target = $"quote “{Short(quote.Text)}” in “{Short(quote.Article.Title)}”",
            Before = before,
            After = actor?.Name,
            CreatedAt = now,
            ArticleUrl = quote.Article.Url,
            ArticleHash = quote.Article.ContentHash,
            Start = quote.Start,
            End = quote.End,
            Text = quote.Text,
            TargetActorKey = actor?.NormalizedName,
        };
        db.Corrections.Add(correction);
        await db.SaveChangesAsync(ct);
        return correction;
    }

    public static async Task<Correction?> DeleteQuoteAsync(SyriaTalksDbContext db, int quoteId, DateTimeOffset now, CancellationToken ct = default)
    {
        var quote = await db.Quotes.Include(q => q.Article).Include(q => q.Speaker).FirstOrDefaultAsync(q => q.Id == quoteId, ct);
        if (quote?.Article is null)
        {
            return null;
        }
        var correction = new Correction
        {
            Kind = CorrectionKind.QuoteDelete,
            Target = $"quote in “{Short(quote.Article.Title)}”",
            Before = $"{quote.Speaker?.Name ?? quote.SpeakerLabel ?? "unattributed"}: “{quote.Text}”",
            CreatedAt = now,
            ArticleUrl = quote.Article.Url,
            ArticleHash = quote.Article.ContentHash,
            Start = quote.Start,
            End = quote.End,
            Text = quote.Text,
        };
        db.Quotes.Remove(quote);
        db.Corrections.Add(correction);
        await db.SaveChangesAsync(ct);
        return correction;
    }

    public static async Task<Correction?> DeleteEventAsync(SyriaTalksDbContext db, int eventId, DateTimeOffset now, CancellationToken ct = default)
    {
        var e = await db.Events.Include(x => x.Article).FirstOrDefaultAsync(x => x.Id == eventId, ct);
        if (e?.Article is null)
        {
            return null;
        }
        var correction = new Correction
        {
            Kind = CorrectionKind.EventDelete,
            Target = $"{e.Kind.ToLabel()} event of {NameKey.FormatDate(e.Date, e.Precision)} in “{Short(e.Article.Title)}”",
            Before = e.Summary,
            CreatedAt = now,
            ArticleUrl = e.Article.Url,
            ArticleHash = e.Article.ContentHash,
            Start = e.Start,
            End = e.End,
            Text = e.Sentence,
        };
        db.Events.Remove(e);
        db.Corrections.Add(correction);
        await db.SaveChangesAsync(ct);
        return correction;
    }

    /// <summary>Renames an actor; the old name stays as an alias so articles naming it still find the actor. A name another actor already has merges the two.</summary>
    public static async Task<Correction?> RenameActorAsync(SyriaTalksDbContext db, int actorId, string newName, DateTimeOffset now, CancellationToken ct = default)
    {
        newName = newName.Trim();
        var key = NameKey.Normalize(newName);
        var actor = await db.Actors.FirstOrDefaultAsync(a => a.Id == actorId, ct);
        if (actor is null || key.Length == 0)
        {
            return null;
        }
        var correction = new Correction
        {
            Kind = CorrectionKind.ActorRename,
            Target = $"actor {actor.Name}",
            Before = actor.Name,
            After = newName,
            CreatedAt = now,
            ActorKey = actor.NormalizedName,
            TargetActorKey = key,
        };
        db.Corrections.Add(correction);
        await db.SaveChangesAsync(ct);
        await RenameAsync(db, actor.Id, newName, ct);
        return correction;
    }

    /// <summary>Merges one actor into another: quotes, events, article mentions and aliases carry over; the first actor's name becomes an alias.</summary>
    public static async Task<Correction?> MergeActorsAsync(SyriaTalksDbContext db, int fromId, int intoId, DateTimeOffset now, CancellationToken ct = default)
    {
        if (fromId == intoId)
        {
            return null;
        }
        var from = await db.Actors.AsNoTracking().FirstOrDefaultAsync(a => a.Id == fromId, ct);
        var into = await db.Actors.AsNoTracking().FirstOrDefaultAsync(a => a.Id == intoId, ct);
        if (from is null || into is null)
        {
            return null;
        }
        var correction = new Correction
        {
            Kind = CorrectionKind.ActorMerge,
            Target = $"actor {from.Name}",
            Before = from.Name,
            After = into.Name,
            CreatedAt = now,
            ActorKey = from.NormalizedName,
            TargetActorKey = into.NormalizedName,
        };
        db.Corrections.Add(correction);
        await db.SaveChangesAsync(ct);
        await MergeAsync(db, fromId, intoId, ct);
        return correction;
    }

    /// <summary>
    /// Applies again the corrections recorded for this article (by URL or content hash) and for the actors it
    /// mentions. Called by the ingestor inside its transaction, after the article and its rows are saved.
    /// </summary>
    public static async Task ReapplyAsync(SyriaTalksDbContext db, Article article, CancellationToken ct = default)
    {
        var url = article.Url;
        var hash = article.ContentHash;
        var own = await db.Corrections.AsNoTracking()
            .Where(c => (url != null && c.ArticleUrl == url) || c.ArticleHash == hash)
            .OrderBy(c => c.Id)
            .ToListAsync(ct);
        foreach (var c in own)
        {
            var sameContent = c.ArticleHash == hash;
            switch (c.Kind)
            {
                case CorrectionKind.QuoteDelete when FindQuote(article, c, sameContent) is { } q:
                    article.Quotes.Remove(q);
                    db.Quotes.Remove(q);
                    break;
                case CorrectionKind.QuoteSpeaker when FindQuote(article, c, sameContent) is { } q:
                    var actor = c.TargetActorKey is null ? null : await FindOrCreateActorAsync(db, c.TargetActorKey, c.After ?? c.TargetActorKey, ct);
                    await SetSpeakerAsync(db, q, actor, article, ct);
                    break;
                case CorrectionKind.EventDelete when FindEvent(article, c, sameContent) is { } e:
                    article.Events.Remove(e);
                    db.Events.Remove(e);
                    break;
            }
        }
        await db.SaveChangesAsync(ct);

        var keys = article.Actors.Select(x => x.Actor?.NormalizedName).OfType<string>().Distinct().ToList();
        if (keys.Count == 0)
        {
            return;
        }
        var actorCorrections = await db.Corrections.AsNoTracking()
            .Where(c => (c.Kind == CorrectionKind.ActorRename || c.Kind == CorrectionKind.ActorMerge) && c.ActorKey != null && keys.Contains(c.ActorKey))
            .OrderBy(c => c.Id)
            .ToListAsync(ct);
        db.ChangeTracker.Clear();
        foreach (var c in actorCorrections)
        {
            var actorId = await db.Actors.Where(a => a.NormalizedName == c.ActorKey).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
            if (actorId is null || c.TargetActorKey is null || c.After is null)
            {
                continue;
            }
            var targetId = await FindActorIdAsync(db, c.TargetActorKey, ct);
            if (targetId is { } t && t != actorId)
            {
                await MergeAsync(db, actorId.Value, t, ct);
            }
            else if (targetId is null)
            {
                await RenameAsync(db, actorId.Value, c.After, ct);
            }
        }
    }

    private static Quote? FindQuote(Article article, Correction c, bool sameContent) =>
        article.Quotes.FirstOrDefault(q => q.Text == c.Text && (!sameContent || (q.Start == c.Start && q.End == c.End)))
        ?? article.Quotes.FirstOrDefault(q => q.Text == c.Text);

    private static Event? FindEvent(Article article, Correction c, bool sameContent) =>
        article.Events.FirstOrDefault(e => e.Sentence == c.Text && e.Summary == c.Before && (!sameContent || (e.Start == c.Start && e.End == c.End)))
        ?? article.Events.FirstOrDefault(e => e.Sentence == c.Text && e.Summary == c.Before);

    private static async Task SetSpeakerAsync(SyriaTalksDbContext db, Quote quote, Actor? actor, Article? article, CancellationToken ct)
    {
        quote.Speaker = actor;
        quote.SpeakerId = actor?.Id;
        quote.SpeakerLabel = actor?.Name;
        // The role and affiliation described the old speaker; the new one's come from the actor.
        quote.SpeakerRole = null;
        quote.SpeakerAffiliation = null;
        if (actor is null)
        {
            return;
        }
        var articleId = quote.ArticleId;
        var linked = (article?.Actors.Any(x => x.Actor == actor || (actor.Id != 0 && x.ActorId == actor.Id)) ?? false)
            || (actor.Id != 0 && db.ArticleActors.Local.Any(x => x.ArticleId == articleId && x.ActorId == actor.Id))
            || (actor.Id != 0 && articleId != 0 && await db.ArticleActors.AnyAsync(x => x.ArticleId == articleId && x.ActorId == actor.Id, ct));
        if (!linked)
        {
            // Keeps the speaker listed with the article and alive as long as the article is.
            var link = new ArticleActor { Actor = actor, ActorId = actor.Id, ArticleId = articleId, Mentions = 1 };
            if (article is not null)
            {
                article.Actors.Add(link);
            }
            else
            {
                db.ArticleActors.Add(link);
            }
        }
    }

    private static async Task<int?> FindActorIdAsync(SyriaTalksDbContext db, string key, CancellationToken ct) =>
        await db.Actors.Where(a => a.NormalizedName == key).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct)
        ?? await db.ActorAliases.Where(a => a.NormalizedName == key).Select(a => (int?)a.ActorId).FirstOrDefaultAsync(ct);

    private static async Task<Actor> FindOrCreateActorAsync(SyriaTalksDbContext db, string key, string name, CancellationToken ct)
    {
        var actor = db.Actors.Local.FirstOrDefault(a => a.NormalizedName == key)
            ?? await db.Actors.FirstOrDefaultAsync(a => a.NormalizedName == key, ct)
            ?? await db.ActorAliases.Where(a => a.NormalizedName == key).Select(a => a.Actor).FirstOrDefaultAsync(ct);
        if (actor is null)
        {
            actor = new Actor { Name = name.Length > 300 ? name[..300] : name, NormalizedName = key, Kind = ActorKind.Person };
            db.Actors.Add(actor);
        }
        return actor;
    }

    private static async Task RenameAsync(SyriaTalksDbContext db, int actorId, string newName, CancellationToken ct)
    {
        var key = NameKey.Normalize(newName);
        var other = await FindActorIdAsync(db, key, ct);
        if (other is { } o && o != actorId)
        {
            await MergeAsync(db, actorId, o, ct);
            return;
        }
        var actor = await db.Actors.Include(a => a.Aliases).FirstAsync(a => a.Id == actorId, ct);
        if (actor.NormalizedName != key && actor.Aliases.All(a => a.NormalizedName != actor.NormalizedName))
        {
            actor.Aliases.Add(new ActorAlias { Name = actor.Name, NormalizedName = actor.NormalizedName });
        }
        actor.Aliases.RemoveAll(a => a.NormalizedName == key);
        actor.Name = newName;
        actor.NormalizedName = key;
        await db.SaveChangesAsync(ct);
        await db.Quotes.Where(q => q.SpeakerId == actorId).ExecuteUpdateAsync(s => s.SetProperty(q => q.SpeakerLabel, newName), ct);
    }

    private static async Task MergeAsync(SyriaTalksDbContext db, int fromId, int intoId, CancellationToken ct)
    {
        var from = await db.Actors.Include(a => a.Aliases).FirstAsync(a => a.Id == fromId, ct);
        var into = await db.Actors.Include(a => a.Aliases).FirstAsync(a => a.Id == intoId, ct);
        var names = from.Aliases.Select(a => (a.Name, a.NormalizedName)).Prepend((from.Name, from.NormalizedName)).ToList();
        foreach (var (name, key) in names)
        {
            if (key != into.NormalizedName && into.Aliases.All(a => a.NormalizedName != key))
            {
                into.Aliases.Add(new ActorAlias { Name = name, NormalizedName = key });
            }
        }
        into.Role ??= from.Role;
        into.Affiliation ??= from.Affiliation;
        db.ActorAliases.RemoveRange(from.Aliases);
        await db.SaveChangesAsync(ct);

        await db.Database.ExecuteSqlAsync($"UPDATE Quotes SET SpeakerId = {intoId}, SpeakerLabel = {into.Name} WHERE SpeakerId = {fromId}", ct);
        await db.Database.ExecuteSqlAsync($"UPDATE OR IGNORE EventActors SET ActorsId = {intoId} WHERE ActorsId = {fromId}", ct);
        await db.Database.ExecuteSqlAsync(
            $"UPDATE ArticleActors SET Mentions = Mentions + (SELECT f.Mentions FROM ArticleActors f WHERE f.ActorId = {fromId} AND f.ArticleId = ArticleActors.ArticleId) WHERE ActorId = {intoId} AND ArticleId IN (SELECT ArticleId FROM ArticleActors WHERE ActorId = {fromId})", ct);
        await db.Database.ExecuteSqlAsync($"UPDATE OR IGNORE ArticleActors SET ActorId = {intoId} WHERE ActorId = {fromId}", ct);
        // Whatever could not move (already linked to the target) goes with the merged actor.
        await db.Database.ExecuteSqlAsync($"DELETE FROM Actors WHERE Id = {fromId}", ct);
        db.ChangeTracker.Clear();
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
