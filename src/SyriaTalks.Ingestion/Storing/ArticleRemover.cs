using Microsoft.EntityFrameworkCore;
using SyriaTalks.Data;

namespace SyriaTalks.Ingestion.Storing;

/// <summary>Removes an article with its quotes and events, then the actors and places no other article mentions.</summary>
internal static class ArticleRemover
{
    public static async Task<bool> RemoveAsync(SyriaTalksDbContext db, int articleId, CancellationToken ct)
    {
        var actorIds = await db.ArticleActors.Where(x => x.ArticleId == articleId).Select(x => x.ActorId).ToListAsync(ct);
        var placeIds = await db.ArticlePlaces.Where(x => x.ArticleId == articleId).Select(x => x.PlaceId).ToListAsync(ct);
        var deleted = await db.Articles.Where(a => a.Id == articleId).ExecuteDeleteAsync(ct);
        if (deleted == 0)
        {
            return false;
        }
        await db.Actors
            .Where(a => actorIds.Contains(a.Id) && !db.ArticleActors.Any(x => x.ActorId == a.Id))
            .ExecuteDeleteAsync(ct);
        await db.Places
            .Where(p => placeIds.Contains(p.Id) && !db.ArticlePlaces.Any(x => x.PlaceId == p.Id))
            .ExecuteDeleteAsync(ct);
        return true;
    }
}
