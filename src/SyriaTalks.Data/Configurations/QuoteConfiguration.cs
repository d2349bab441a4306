using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyriaTalks.Domain;

namespace SyriaTalks.Data.Configurations;

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> builder)
    {
        builder.Property(q => q.SpeakerLabel).HasMaxLength(300);
        builder.Property(q => q.SpeakerRole).HasMaxLength(300);
        builder.Property(q => q.SpeakerAffiliation).HasMaxLength(300);
        builder.Property(q => q.Cue).HasMaxLength(100);
        builder.Property(q => q.Addressee).HasMaxLength(300);
        builder.HasOne(q => q.Speaker).WithMany().HasForeignKey(q => q.SpeakerId).OnDelete(DeleteBehavior.SetNull);
        // The quotes page filters by speaker and orders by date; the article page lists by article.
        builder.HasIndex(q => new { q.SpeakerId, q.Published });
        builder.HasIndex(q => q.Published);
        builder.HasIndex(q => q.ArticleId);
    }
}
