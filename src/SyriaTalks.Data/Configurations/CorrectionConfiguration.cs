using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyriaTalks.Domain;

namespace SyriaTalks.Data.Configurations;

internal sealed class CorrectionConfiguration : IEntityTypeConfiguration<Correction>
{
    public void Configure(EntityTypeBuilder<Correction> builder)
    {
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Target).HasMaxLength(500);
        builder.Property(c => c.Before).HasMaxLength(2000);
        builder.Property(c => c.After).HasMaxLength(2000);
        builder.Property(c => c.Author).HasMaxLength(200);
        builder.Property(c => c.ArticleUrl).HasMaxLength(2000);
        builder.Property(c => c.ArticleHash).HasMaxLength(64);
        builder.Property(c => c.ActorKey).HasMaxLength(300);
        builder.Property(c => c.TargetActorKey).HasMaxLength(300);
        // Re-ingestion looks corrections up by the article's URL or content hash.
        builder.HasIndex(c => c.ArticleUrl);
        builder.HasIndex(c => c.ArticleHash);
        builder.HasIndex(c => c.CreatedAt);
    }
}
