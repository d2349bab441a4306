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
        // The unfiltered list's order (newest first, then article and position): the first page is read off the index
        // instead of sorting every quote (docs/benchmarks.md). Its first column also serves date-range filters.
        builder.HasIndex(q => new { q.Published, q.ArticleId, q.Start }).IsDescending(true, false, false);
        builder.HasIndex(q => q.ArticleId);
    }
}
