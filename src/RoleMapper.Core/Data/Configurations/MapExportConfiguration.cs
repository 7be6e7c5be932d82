using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoleMapper.Core.Workspace;

namespace RoleMapper.Core.Data.Configurations;

public sealed class MapExportConfiguration : IEntityTypeConfiguration<MapExport>
{
    public void Configure(EntityTypeBuilder<MapExport> builder)
    {
        builder.Property(e => e.FileName).HasMaxLength(300);
        builder.Property(e => e.Sha256).HasMaxLength(64);
        builder.Property(e => e.CreatedByName).HasMaxLength(256);
        builder.HasIndex(e => new { e.OrganisationId, e.CreatedUtc });
    }
}
