using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SyriaTalks.Data.Identity;
using SyriaTalks.Data.Providers;
using SyriaTalks.Domain;

namespace SyriaTalks.Data;

/// <summary>
/// The store, on SQLite or PostgreSQL (<see cref="StoreOptions"/>). Each provider has its own migrations assembly,
/// applied at start-up by the host; after a model change add a migration to both (see docs/scaling.md):
/// <c>dotnet ef migrations add NAME --project src/SyriaTalks.Data.Sqlite</c> and
/// <c>dotnet ef migrations add NAME --project src/SyriaTalks.Data.PostgreSql</c>.
/// The full-text index of quotes is each provider's own: on SQLite an FTS5 table (<c>QuotesFts</c>) created with raw SQL
/// in the Corrections migration and kept in sync by triggers, so EF never sees it; on PostgreSQL a generated
/// <c>tsvector</c> column in the model (<see cref="PostgreSqlModel"/>). Accounts (ASP.NET Core Identity), API keys and
/// the audit trail live in the same store, so a change and its audit entry commit in one transaction
/// (docs/decisions/0004-identity-in-the-same-context.md).
/// </summary>
public sealed class SyriaTalksDbContext(DbContextOptions<SyriaTalksDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
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

    /// <summary>The app's data-protection keys, shared by every instance on one store (antiforgery tokens, circuits).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Identity's own tables first, then ours (which seed its roles and point at its users).
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SyriaTalksDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            PostgreSqlModel.Apply(modelBuilder);
        }
    }
}
