using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyriaTalks.Domain;

namespace SyriaTalks.Data.Configurations;

internal sealed class ActorConfiguration : IEntityTypeConfiguration<Actor>
{
    public void Configure(EntityTypeBuilder<Actor> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(300);
        builder.Property(a => a.NormalizedName).HasMaxLength(300);
        builder.Property(a => a.Role).HasMaxLength(300);
        builder.Property(a => a.Affiliation).HasMaxLength(300);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => a.NormalizedName).IsUnique();
        builder.HasIndex(a => a.Name);
        builder.HasMany(a => a.Aliases).WithOne(x => x.Actor).HasForeignKey(x => x.ActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Articles).WithOne(x => x.Actor).HasForeignKey(x => x.ActorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActorAliasConfiguration : IEntityTypeConfiguration<ActorAlias>
{
    public void Configure(EntityTypeBuilder<ActorAlias> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(300);
        builder.Property(a => a.NormalizedName).HasMaxLength(300);
        builder.HasIndex(a => new { a.ActorId, a.NormalizedName }).IsUnique();
        builder.HasIndex(a => a.NormalizedName);
    }
}

internal sealed class ArticleActorConfiguration : IEntityTypeConfiguration<ArticleActor>
{
    public void Configure(EntityTypeBuilder<ArticleActor> builder)
    {
        builder.HasKey(x => new { x.ArticleId, x.ActorId });
        builder.HasIndex(x => x.ActorId);
    }
}
