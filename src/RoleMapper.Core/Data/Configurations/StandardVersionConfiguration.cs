using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoleMapper.Core.Standards;

namespace RoleMapper.Core.Data.Configurations;

public sealed class StandardVersionConfiguration : IEntityTypeConfiguration<StandardVersion>
{
    public void Configure(EntityTypeBuilder<StandardVersion> b)
    {
        b.HasKey(v => v.Key);
        b.Property(v => v.Key).HasMaxLength(24);
        b.Property(v => v.Reference).HasMaxLength(12);
        b.Property(v => v.Version).HasMaxLength(10);
        b.Property(v => v.Title).HasMaxLength(StandardVersion.MaxTitleLength);
        b.Property(v => v.Route).HasMaxLength(StandardVersion.MaxRouteLength);
        b.Property(v => v.ContentHash).HasMaxLength(64);
        b.HasIndex(v => new { v.Reference, v.VersionMajor, v.VersionMinor }).IsUnique();
        b.HasIndex(v => v.Status);
        b.Ignore(v => v.VersionNumber);
        b.Ignore(v => v.IsApproved);
        // Lists of text are stored as JSON: they are only ever read with their version, never queried one by one.
        b.OwnsMany(v => v.Duties, d => d.ToJson());
    }
}
