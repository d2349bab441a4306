using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyriaTalks.Domain;

namespace SyriaTalks.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(1000);
        builder.Property(a => a.Outlet).HasMaxLength(300);
        builder.Property(a => a.Byline).HasMaxLength(300);
        builder.Property(a => a.Url).HasMaxLength(2000);
        builder.Property(a => a.Language).HasMaxLength(20);
        builder.Property(a => a.Source).HasMaxLength(500);
        builder.Property(a => a.ContentHash).HasMaxLength(64);
        builder.HasIndex(a => a.ContentHash).IsUnique();
        builder.HasIndex(a => a.Url);
        builder.HasIndex(a => a.Published);
        builder.HasMany(a => a.Quotes).WithOne(q => q.Article).HasForeignKey(q => q.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Events).WithOne(e => e.Article).HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Actors).WithOne(x => x.Article).HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Places).WithOne(x => x.Article).HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
