using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyriaTalks.Data.Identity;
using SyriaTalks.Domain;

namespace SyriaTalks.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.Property(k => k.Prefix).HasMaxLength(16);
        builder.Property(k => k.Hash).HasMaxLength(64);
        builder.Property(k => k.UserId).HasMaxLength(450);
        // Every API request looks its key up by hash.
        builder.HasIndex(k => k.Hash).IsUnique();
        builder.HasIndex(k => k.UserId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(k => k.IsActive);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.Target).HasMaxLength(500);
        builder.Property(a => a.Before).HasMaxLength(2000);
        builder.Property(a => a.After).HasMaxLength(2000);
        builder.Property(a => a.Via).HasMaxLength(120);
        builder.HasIndex(a => a.At);
        // No foreign key: the trail outlives the account and names it by UserName; the id is for lookups only.
        builder.HasIndex(a => a.UserId);
    }
}

internal sealed class CorrectionAuthorConfiguration : IEntityTypeConfiguration<Correction>
{
    public void Configure(EntityTypeBuilder<Correction> builder)
    {
        // An index, not a foreign key: adding a key to the existing table would make SQLite rebuild it outside a
        // transaction, and a correction keeps its author's name (Author) when the account goes anyway.
        builder.Property(c => c.AuthorId).HasMaxLength(450);
        builder.HasIndex(c => c.AuthorId);
    }
}

internal sealed class RoleSeedConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> builder) =>
        builder.HasData(AccessRoles.Seeded.Select(r => new IdentityRole
        {
            Id = r.Id,
            Name = r.Name,
            NormalizedName = r.Name.ToUpperInvariant(),
            ConcurrencyStamp = r.Id,
        }));
}
