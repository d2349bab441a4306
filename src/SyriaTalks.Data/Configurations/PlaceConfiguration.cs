using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyriaTalks.Domain;

namespace SyriaTalks.Data.Configurations;

internal sealed class PlaceConfiguration : IEntityTypeConfiguration<Place>
{
    public void Configure(EntityTypeBuilder<Place> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(300);
        builder.Property(p => p.NormalizedName).HasMaxLength(300);
        builder.Property(p => p.CountryCode).HasMaxLength(2);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => p.NormalizedName).IsUnique();
        builder.HasMany(p => p.Aliases).WithOne(x => x.Place).HasForeignKey(x => x.PlaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Articles).WithOne(x => x.Place).HasForeignKey(x => x.PlaceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlaceAliasConfiguration : IEntityTypeConfiguration<PlaceAlias>
{
    public void Configure(EntityTypeBuilder<PlaceAlias> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(300);
        builder.Property(a => a.NormalizedName).HasMaxLength(300);
        builder.HasIndex(a => new { a.PlaceId, a.NormalizedName }).IsUnique();
        builder.HasIndex(a => a.NormalizedName);
    }
}

internal sealed class ArticlePlaceConfiguration : IEntityTypeConfiguration<ArticlePlace>
{
    public void Configure(EntityTypeBuilder<ArticlePlace> builder)
    {
        builder.HasKey(x => new { x.ArticleId, x.PlaceId });
        builder.HasIndex(x => x.PlaceId);
    }
}
