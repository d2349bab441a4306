using Microsoft.EntityFrameworkCore;
using SyriaTalks.Data;
using SyriaTalks.Domain;
using SyriaTalks.Extraction;
using SyriaTalks.Ingestion.Pipeline;

namespace SyriaTalks.Ingestion.Storing;

/// <summary>
/// What one batch's transaction knows of the store: the content hashes and URLs of its articles, and the actors and
/// places its names match, fetched for the whole batch in a few queries and kept up to date as articles are written.
/// Writes go through <see cref="StoreRows"/>. Lookups give exactly the answers the store would give at that moment
/// (name before alias, the oldest alias first); after anything this class does not follow (a rolled-back article, a
/// replaced article's clean-up, re-applied corrections) <see cref="Forget"/> drops it all and it is fetched again.
/// </summary>
internal sealed class BatchSession(SyriaTalksDbContext db, StoreRows rows, TimeProvider clock)
{
    private static readonly string ArticleEntity = typeof(Article).FullName!;
    private static readonly string ActorEntity = typeof(Actor).FullName!;
    private static readonly string ActorAliasEntity = typeof(ActorAlias).FullName!;
    private static readonly string ArticleActorEntity = typeof(ArticleActor).FullName!;
    private static readonly string PlaceEntity = typeof(Place).FullName!;
    private static readonly string PlaceAliasEntity = typeof(PlaceAlias).FullName!;
    private static readonly string ArticlePlaceEntity = typeof(ArticlePlace).FullName!;
    private static readonly string QuoteEntity = typeof(Quote).FullName!;
    private static readonly string EventEntity = typeof(Event).FullName!;

    private static readonly string[] ArticleColumns =
        [nameof(Article.Title), nameof(Article.Outlet), nameof(Article.Byline), nameof(Article.Url), nameof(Article.Language), nameof(Article.Published),
         nameof(Article.Text), nameof(Article.ContentHash), nameof(Article.IngestedAt), nameof(Article.Source)];
    private static readonly string[] ActorColumns = [nameof(Actor.Name), nameof(Actor.NormalizedName), nameof(Actor.Kind), nameof(Actor.Role), nameof(Actor.Affiliation)];
    private static readonly string[] ActorUpdateColumns = [nameof(Actor.Role), nameof(Actor.Affiliation)];
    private static readonly string[] ActorAliasColumns = [nameof(ActorAlias.ActorId), nameof(ActorAlias.Name), nameof(ActorAlias.NormalizedName)];
    private static readonly string[] ArticleActorColumns = [nameof(ArticleActor.ArticleId), nameof(ArticleActor.ActorId), nameof(ArticleActor.Mentions)];
    private static readonly string[] PlaceColumns =
        [nameof(Place.Name), nameof(Place.NormalizedName), nameof(Place.Kind), nameof(Place.CountryCode), nameof(Place.Latitude), nameof(Place.Longitude)];
    private static readonly string[] PlaceUpdateColumns = [nameof(Place.Latitude), nameof(Place.Longitude)];
    private static readonly string[] PlaceAliasColumns = [nameof(PlaceAlias.PlaceId), nameof(PlaceAlias.Name), nameof(PlaceAlias.NormalizedName)];
    private static readonly string[] ArticlePlaceColumns = [nameof(ArticlePlace.ArticleId), nameof(ArticlePlace.PlaceId), nameof(ArticlePlace.Mentions)];
    private static readonly string[] QuoteColumns =
        [nameof(Quote.ArticleId), nameof(Quote.Text), nameof(Quote.SpeakerId), nameof(Quote.SpeakerLabel), nameof(Quote.SpeakerRole), nameof(Quote.SpeakerAffiliation),
         nameof(Quote.Cue), nameof(Quote.Addressee), nameof(Quote.Sentence), nameof(Quote.Start), nameof(Quote.End), nameof(Quote.InHeadline),
         nameof(Quote.SentenceStart), nameof(Quote.SentenceEnd), nameof(Quote.Published)];
    private static readonly string[] EventColumns =
        [nameof(Event.ArticleId), nameof(Event.Date), nameof(Event.DateEnd), nameof(Event.Precision), nameof(Event.Kind), nameof(Event.Summary),
         nameof(Event.Sentence), nameof(Event.Start), nameof(Event.End), nameof(Event.IsPlanned)];

    // The join tables of Event's skip navigations, and their key columns, as the model names them.
    private readonly (string Entity, string[] Columns) eventActors = JoinTable(db, nameof(Event.Actors));
    private readonly (string Entity, string[] Columns) eventPlaces = JoinTable(db, nameof(Event.Places));

    private readonly Dictionary<string, StoredArticle> byHash = new(StringComparer.Ordinal);
    private readonly HashSet<string> hashesLooked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> byUrl = new(StringComparer.Ordinal);
    private readonly HashSet<string> urlsLooked = new(StringComparer.Ordinal);

    private readonly Dictionary<int, KnownActor> actors = [];
    private readonly Dictionary<string, int> actorByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> actorByAlias = new(StringComparer.Ordinal);
    private readonly HashSet<string> actorKeysLooked = new(StringComparer.Ordinal);

    private readonly Dictionary<int, KnownPlace> places = [];
    private readonly Dictionary<string, int> placeByName = new(StringComparer.Ordinal);
    private readonly HashSet<string> placeKeysLooked = new(StringComparer.Ordinal);

    /// <summary>Set by <see cref="Forget"/>: the next article fetches again for the rest of the batch.</summary>
    public bool Stale { get; private set; }

    /// <summary>Drops everything known; the store changed in ways not followed here.</summary>
    public void Forget()
    {
        byHash.Clear();
        hashesLooked.Clear();
        byUrl.Clear();
        urlsLooked.Clear();
        ForgetNames();
        db.ChangeTracker.Clear();
        Stale = true;
    }

    /// <summary>Fetches, in a few queries, what the store holds for the hashes, URLs and names of these articles.</summary>
    public async Task FetchAsync(IEnumerable<PreparedArticle> articles, CancellationToken ct)
    {
        Stale = false;
        var list = articles.ToList();
        var hashes = list.Select(a => a.Hash).Where(hashesLooked.Add).ToList();
        if (hashes.Count > 0)
        {
            foreach (var a in await db.Articles.AsNoTracking().Where(a => hashes.Contains(a.ContentHash))
                .Select(a => new { a.Id, a.Title, a.ContentHash }).ToListAsync(ct))
            {
                byHash[a.ContentHash] = new StoredArticle(a.Id, a.Title);
            }
        }
        var urls = list.SelectMany(a => new[] { a.Url, a.RawUrl }).OfType<string>().Where(urlsLooked.Add).ToList();
        if (urls.Count > 0)
        {
            foreach (var a in await db.Articles.AsNoTracking().Where(a => a.Url != null && urls.Contains(a.Url))
                .OrderBy(a => a.Id).Select(a => new { a.Id, a.Url }).ToListAsync(ct))
            {
                byUrl.TryAdd(a.Url!, a.Id);
            }
        }
        await FetchActorsAsync(list.SelectMany(a => a.ActorKeys).Where(actorKeysLooked.Add).ToList(), ct);
        await FetchPlacesAsync(list.SelectMany(a => a.PlaceKeys).Where(placeKeysLooked.Add).ToList(), ct);
    }

    /// <summary>The article already stored with this content, if any.</summary>
    public StoredArticle? SameContent(PreparedArticle article) => byHash.GetValueOrDefault(article.Hash);

    /// <summary>The stored article at this article's address (canonical or as the page gave it), if any.</summary>
    public int? SameUrl(PreparedArticle article) =>
        article.Url is null ? null
        : byUrl.TryGetValue(article.Url, out var id) ? id
        : article.RawUrl is not null && byUrl.TryGetValue(article.RawUrl, out id) ? id
        : null;

    /// <summary>An article was removed: it and whatever only it mentioned are gone from the store.</summary>
    public void Removed(int articleId)
    {
        foreach (var hash in byHash.Where(kv => kv.Value.Id == articleId).Select(kv => kv.Key).ToList())
        {
            byHash.Remove(hash);
        }
        foreach (var url in byUrl.Where(kv => kv.Value == articleId).Select(kv => kv.Key).ToList())
        {
            byUrl.Remove(url);
        }
        // The clean-up deleted the actors and places no other article mentions; which ones is not worth following.
        ForgetNames();
        Stale = true;
    }

    /// <summary>Writes the article and everything the engine found in it; returns the counts of the result.</summary>
    public async Task<(int Id, int Quotes, int Events, int Actors, int Places)> WriteAsync(PreparedArticle prepared, CancellationToken ct)
    {
        var extracted = prepared.Extracted;
        var read = extracted.Article;
        var analysis = extracted.Analysis;
        var title = Clip(read.Title, 1000)!;
        var id = await rows.InsertAsync(ArticleEntity, true, ArticleColumns,
            [title, Clip(read.Outlet, 300), Clip(read.Byline, 300), Clip(prepared.Url, 2000), Clip(read.Language, 20), extracted.Published,
             read.Text, prepared.Hash, clock.GetUtcNow(), Clip(prepared.SourceLabel, 500)], ct);

        var actorsByName = await MergeActorsAsync(id, analysis.Actors, ct);
        var placesByName = await MergePlacesAsync(id, analysis.Places, ct);

        foreach (var q in analysis.Quotes)
        {
            int? speakerId = q.Speaker is not null && actorsByName.TryGetValue(q.Speaker, out var speaker) ? speaker : null;
            await rows.InsertAsync(QuoteEntity, false, QuoteColumns,
                [id, q.Text, speakerId, Clip(q.Speaker, 300), Clip(q.SpeakerRole, 300), Clip(q.SpeakerAffiliation, 300), Clip(q.Cue, 100),
                 Clip(q.Addressee, 300), q.Sentence, q.Start, q.End, q.InHeadline, q.SentenceStart, q.SentenceEnd, extracted.Published], ct);
        }
        foreach (var e in analysis.Events)
        {
            var eventId = await rows.InsertAsync(EventEntity, true, EventColumns,
                [id, e.Date, e.DateEnd, e.Precision, e.Kind, Clip(e.Summary, 2000), e.Sentence, e.Start, e.End, e.IsPlanned], ct);
            foreach (var actorId in e.Actors.Select(n => actorsByName.TryGetValue(n, out var a) ? a : 0).Where(a => a != 0).Distinct())
            {
                await rows.InsertAsync(eventActors.Entity, false, eventActors.Columns, [actorId, eventId], ct);
            }
            foreach (var placeId in e.Places.Select(n => placesByName.TryGetValue(n, out var p) ? p : 0).Where(p => p != 0).Distinct())
            {
                await rows.InsertAsync(eventPlaces.Entity, false, eventPlaces.Columns, [placeId, eventId], ct);
            }
        }

        byHash[prepared.Hash] = new StoredArticle(id, title);
        if (prepared.Url is not null)
        {
            byUrl[prepared.Url] = id;
            urlsLooked.Add(prepared.Url);
        }
        return (id, analysis.Quotes.Count, analysis.Events.Count, actorsByName.Count, placesByName.Count);
    }

    /// <summary>
    /// Merges the article's actors with the store's, as <c>ArticleIngestor</c> always has: by normalized name, else by
    /// an alias the store knew before this article; new names become new actors, their first role and affiliation kept,
    /// new spellings become aliases; two spellings meeting in one actor make one link with their mentions summed.
    /// </summary>
    private async Task<Dictionary<string, int>> MergeActorsAsync(int articleId, IReadOnlyList<ExtractedActor> extracted, CancellationToken ct)
    {
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        var mentions = new Dictionary<int, int>();
        var changed = new HashSet<int>();
        var newAliases = new List<(string Key, int ActorId)>();
        foreach (var x in extracted)
        {
            var key = NameKey.Normalize(x.Name);
            if (key.Length == 0 || byName.ContainsKey(x.Name))
            {
                continue;
            }
            await EnsureActorKeyAsync(key, ct);
            KnownActor actor;
            if (actorByName.TryGetValue(key, out var known) || actorByAlias.TryGetValue(key, out known))
            {
                actor = actors[known];
                if ((actor.Role is null && x.Role is not null) || (actor.Affiliation is null && x.Affiliation is not null))
                {
                    actor.Role ??= Clip(x.Role, 300);
                    actor.Affiliation ??= Clip(x.Affiliation, 300);
                    changed.Add(actor.Id);
                }
            }
            else
            {
                actor = new KnownActor(key) { Role = Clip(x.Role, 300), Affiliation = Clip(x.Affiliation, 300) };
                actor.Id = await rows.InsertAsync(ActorEntity, true, ActorColumns, [Clip(x.Name, 300), key, x.Kind, actor.Role, actor.Affiliation], ct);
                actors[actor.Id] = actor;
                actorByName[key] = actor.Id;
            }
            foreach (var alias in x.Aliases)
            {
                var aliasKey = NameKey.Normalize(alias);
                if (aliasKey.Length > 0 && aliasKey != actor.Key && actor.AliasKeys.Add(aliasKey))
                {
                    await rows.InsertAsync(ActorAliasEntity, false, ActorAliasColumns, [actor.Id, Clip(alias, 300), aliasKey], ct);
                    newAliases.Add((aliasKey, actor.Id));
                }
            }
            mentions[actor.Id] = mentions.GetValueOrDefault(actor.Id) + Math.Max(1, x.Mentions);
            byName[x.Name] = actor.Id;
        }
        foreach (var actorId in changed)
        {
            var actor = actors[actorId];
            await rows.UpdateAsync(ActorEntity, actorId, ActorUpdateColumns, [actor.Role, actor.Affiliation], ct);
        }
        foreach (var (actorId, count) in mentions)
        {
            await rows.InsertAsync(ArticleActorEntity, false, ArticleActorColumns, [articleId, actorId, count], ct);
        }
        // A spelling added by this article finds its actor from the next article on, as a fresh lookup in the store
        // would; only for names already looked up, whose lookup is otherwise complete.
        foreach (var (aliasKey, actorId) in newAliases)
        {
            if (actorKeysLooked.Contains(aliasKey))
            {
                actorByAlias.TryAdd(aliasKey, actorId);
            }
        }
        return byName;
    }

    private async Task<Dictionary<string, int>> MergePlacesAsync(int articleId, IReadOnlyList<ExtractedPlace> extracted, CancellationToken ct)
    {
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        var mentions = new Dictionary<int, int>();
        var changed = new HashSet<int>();
        foreach (var x in extracted)
        {
            var key = NameKey.Normalize(x.Name);
            if (key.Length == 0 || byName.ContainsKey(x.Name))
            {
                continue;
            }
            await EnsurePlaceKeyAsync(key, ct);
            KnownPlace place;
            if (placeByName.TryGetValue(key, out var known))
            {
                place = places[known];
                if ((place.Latitude is null && x.Latitude is not null) || (place.Longitude is null && x.Longitude is not null))
                {
                    place.Latitude ??= x.Latitude;
                    place.Longitude ??= x.Longitude;
                    changed.Add(place.Id);
                }
            }
            else
            {
                place = new KnownPlace(key) { Latitude = x.Latitude, Longitude = x.Longitude };
                place.Id = await rows.InsertAsync(PlaceEntity, true, PlaceColumns,
                    [Clip(x.Name, 300), key, x.Kind, x.CountryCode is { Length: 2 } cc ? cc.ToUpperInvariant() : null, x.Latitude, x.Longitude], ct);
                places[place.Id] = place;
                placeByName[key] = place.Id;
            }
            foreach (var alias in x.Aliases)
            {
                var aliasKey = NameKey.Normalize(alias);
                if (aliasKey.Length > 0 && aliasKey != place.Key && place.AliasKeys.Add(aliasKey))
                {
                    await rows.InsertAsync(PlaceAliasEntity, false, PlaceAliasColumns, [place.Id, Clip(alias, 300), aliasKey], ct);
                }
            }
            mentions[place.Id] = mentions.GetValueOrDefault(place.Id) + Math.Max(1, x.Mentions);
            byName[x.Name] = place.Id;
        }
        foreach (var placeId in changed)
        {
            var place = places[placeId];
            await rows.UpdateAsync(PlaceEntity, placeId, PlaceUpdateColumns, [place.Latitude, place.Longitude], ct);
        }
        foreach (var (placeId, count) in mentions)
        {
            await rows.InsertAsync(ArticlePlaceEntity, false, ArticlePlaceColumns, [articleId, placeId, count], ct);
        }
        return byName;
    }

    private async Task EnsureActorKeyAsync(string key, CancellationToken ct)
    {
        if (actorKeysLooked.Add(key))
        {
            await FetchActorsAsync([key], ct);
        }
    }

    private async Task EnsurePlaceKeyAsync(string key, CancellationToken ct)
    {
        if (placeKeysLooked.Add(key))
        {
            await FetchPlacesAsync([key], ct);
        }
    }

    private async Task FetchActorsAsync(List<string> keys, CancellationToken ct)
    {
        if (keys.Count == 0)
        {
            return;
        }
        var ids = new HashSet<int>();
        foreach (var a in await db.Actors.AsNoTracking().Where(a => keys.Contains(a.NormalizedName)).Select(a => new { a.Id, a.NormalizedName }).ToListAsync(ct))
        {
            actorByName[a.NormalizedName] = a.Id;
            ids.Add(a.Id);
        }
        foreach (var al in await db.ActorAliases.AsNoTracking().Where(al => keys.Contains(al.NormalizedName))
            .OrderBy(al => al.Id).Select(al => new { al.NormalizedName, al.ActorId }).ToListAsync(ct))
        {
            if (!actorByName.ContainsKey(al.NormalizedName) && actorByAlias.TryAdd(al.NormalizedName, al.ActorId))
            {
                ids.Add(al.ActorId);
            }
        }
        ids.ExceptWith(actors.Keys);
        if (ids.Count == 0)
        {
            return;
        }
        foreach (var a in await db.Actors.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.NormalizedName, a.Role, a.Affiliation }).ToListAsync(ct))
        {
            actors[a.Id] = new KnownActor(a.NormalizedName) { Id = a.Id, Role = a.Role, Affiliation = a.Affiliation };
        }
        foreach (var al in await db.ActorAliases.AsNoTracking().Where(al => ids.Contains(al.ActorId)).Select(al => new { al.ActorId, al.NormalizedName }).ToListAsync(ct))
        {
            actors[al.ActorId].AliasKeys.Add(al.NormalizedName);
        }
    }

    private async Task FetchPlacesAsync(List<string> keys, CancellationToken ct)
    {
        if (keys.Count == 0)
        {
            return;
        }
        var found = await db.Places.AsNoTracking().Where(p => keys.Contains(p.NormalizedName))
            .Select(p => new { p.Id, p.NormalizedName, p.Latitude, p.Longitude }).ToListAsync(ct);
        if (found.Count == 0)
        {
            return;
        }
        foreach (var p in found)
        {
            placeByName[p.NormalizedName] = p.Id;
            places[p.Id] = new KnownPlace(p.NormalizedName) { Id = p.Id, Latitude = p.Latitude, Longitude = p.Longitude };
        }
        var ids = found.Select(p => p.Id).ToList();
        foreach (var al in await db.PlaceAliases.AsNoTracking().Where(al => ids.Contains(al.PlaceId)).Select(al => new { al.PlaceId, al.NormalizedName }).ToListAsync(ct))
        {
            places[al.PlaceId].AliasKeys.Add(al.NormalizedName);
        }
    }

    private void ForgetNames()
    {
        actors.Clear();
        actorByName.Clear();
        actorByAlias.Clear();
        actorKeysLooked.Clear();
        places.Clear();
        placeByName.Clear();
        placeKeysLooked.Clear();
    }

    private static (string Entity, string[] Columns) JoinTable(SyriaTalksDbContext db, string navigation)
    {
        var skip = db.Model.FindEntityType(typeof(Event))!.FindSkipNavigation(navigation)!;
        var join = skip.JoinEntityType;
        // The skip navigation's foreign key points from the join row to the event; the other one to the actor or place.
        var toEvent = skip.ForeignKey.Properties.Single().Name;
        var toOther = join.GetForeignKeys().Single(fk => fk != skip.ForeignKey).Properties.Single().Name;
        return (join.Name, [toOther, toEvent]);
    }

    private static string? Clip(string? value, int max) => value is null || value.Length <= max ? value : value[..max];

    /// <summary>An article stored before or during this batch.</summary>
    public sealed record StoredArticle(int Id, string Title);

    private sealed class KnownActor(string key)
    {
        public int Id { get; set; }
        public string Key { get; } = key;
        public string? Role { get; set; }
        public string? Affiliation { get; set; }
        public HashSet<string> AliasKeys { get; } = new(StringComparer.Ordinal);
    }

    private sealed class KnownPlace(string key)
    {
        public int Id { get; set; }
        public string Key { get; } = key;
        public double? Latitude { get; set; }
        public double? Longitude { get; set; }
        public HashSet<string> AliasKeys { get; } = new(StringComparer.Ordinal);
    }
}

/// <summary>An extracted article with what storing it is looked up by, computed once.</summary>
internal sealed record PreparedArticle(ExtractedArticle Extracted, string? SourceLabel, string Hash, string? Url, string? RawUrl,
    IReadOnlyList<string> ActorKeys, IReadOnlyList<string> PlaceKeys)
{
    public static PreparedArticle Of(ExtractedArticle extracted, string? sourceLabel)
    {
        var read = extracted.Article;
        var url = CanonicalUrl.Normalize(read.Url);
        return new PreparedArticle(
            extracted,
            sourceLabel is null ? null : SourceName.Sanitize(sourceLabel),
            ContentHash.Of(read.Text),
            url,
            url is null ? null : read.Url,
            [.. extracted.Analysis.Actors.Select(a => NameKey.Normalize(a.Name)).Where(k => k.Length > 0).Distinct()],
            [.. extracted.Analysis.Places.Select(p => NameKey.Normalize(p.Name)).Where(k => k.Length > 0).Distinct()]);
    }
}
