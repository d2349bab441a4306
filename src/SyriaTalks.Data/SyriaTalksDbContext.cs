using Microsoft.EntityFrameworkCore;
using SyriaTalks.Domain;

namespace SyriaTalks.Data;

/// <summary>
/// The store. Migrations live in Migrations/ and are applied at start-up by the host; add one with
/// <c>dotnet ef migrations add NAME --project src/SyriaTalks.Data --startup-project src/SyriaTalks.Data -o Migrations</c>.
/// The full-text index of quotes (<c>QuotesFts</c>, SQLite FTS5) is created in the Corrections migration with raw SQL and kept
/// in sync by triggers, so EF never sees it.
/// </summary>
public sealed class SyriaTalksDbContext(DbContextOptions<SyriaTalksDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Actor> Actors => Set<Actor>();
    public DbSet<ActorAlias> ActorAliases => Set<ActorAlias>();
    public DbSet<ArticleActor> ArticleActors => Set<ArticleActor>();
    public DbSet<Place> Places => Set<Place>();
    public DbSet<PlaceAlias> PlaceAliases => Set<PlaceAlias>();
    public DbSet<ArticlePlace> ArticlePlaces => Set<ArticlePlace>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<Correction> Corrections => Set<Correction>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SyriaTalksDbContext).Assembly);
}
