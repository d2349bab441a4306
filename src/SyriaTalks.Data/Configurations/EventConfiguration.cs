using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyriaTalks.Domain;

namespace SyriaTalks.Data.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.Property(e => e.Precision).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Summary).HasMaxLength(2000);
        // The timeline reads events in date order, optionally by kind.
        builder.HasIndex(e => e.Date);
        builder.HasIndex(e => new { e.Kind, e.Date });
        builder.HasIndex(e => e.ArticleId);
        builder.HasMany(e => e.Actors).WithMany().UsingEntity("EventActors");
        builder.HasMany(e => e.Places).WithMany().UsingEntity("EventPlaces");
    }
}
