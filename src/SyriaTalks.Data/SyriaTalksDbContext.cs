using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SyriaTalks.Data.Identity;
using SyriaTalks.Domain;

namespace SyriaTalks.Data;

/// <summary>
/// The store. Migrations live in Migrations/ and are applied at start-up by the host; add one with
/// <c>dotnet ef migrations add NAME --project src/SyriaTalks.Data --startup-project src/SyriaTalks.Data -o Migrations</c>.
/// The full-text index of quotes (<c>QuotesFts</c>, SQLite FTS5) is created in the Corrections migration with raw SQL and kept
/// in sync by triggers, so EF never sees it. Accounts (ASP.NET Core Identity), API keys and the audit trail live in the same
/// store, so a change and its audit entry commit in one transaction (docs/decisions/0004-identity-in-the-same-context.md).
/// </summary>
public sealed class SyriaTalksDbContext(DbContextOptions<SyriaTalksDbContext> options) : IdentityDbContext<AppUser>(options)
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
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Identity's own tables first, then ours (which seed its roles and point at its users).
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SyriaTalksDbContext).Assembly);
    }
}
