using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoleMapper.Core.StandardsFeed;
using RoleMapper.Core.Standards;

namespace RoleMapper.Core.Data.Configurations;

public sealed class StandardChangeConfiguration : IEntityTypeConfiguration<StandardChange>
{
    public void Configure(EntityTypeBuilder<StandardChange> b)
    {
        b.Property(c => c.Reference).HasMaxLength(12);
        b.Property(c => c.Version).HasMaxLength(10);
        b.Property(c => c.Title).HasMaxLength(StandardVersion.MaxTitleLength);
        b.HasOne(c => c.ImportRun).WithMany().HasForeignKey(c => c.ImportRunId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.ImportRunId, c.Kind });
        b.HasIndex(c => new { c.Reference, c.AtUtc });
    }
}
