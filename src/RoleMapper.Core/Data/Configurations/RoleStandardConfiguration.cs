using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoleMapper.Core.Workspace;

namespace RoleMapper.Core.Data.Configurations;

public sealed class RoleStandardConfiguration : IEntityTypeConfiguration<RoleStandard>
{
    public void Configure(EntityTypeBuilder<RoleStandard> builder)
    {
        builder.Property(s => s.Reference).HasMaxLength(RoleMapping.MaxReferenceLength);
        builder.Property(s => s.VersionWhenDecided).HasMaxLength(10);
        builder.Property(s => s.Reason).HasMaxLength(JobRole.MaxReasonLength);
        builder.Property(s => s.DecidedByName).HasMaxLength(256);
        // A standard appears at most once per role, as primary, alternative or rejected.
        builder.HasIndex(s => new { s.JobRoleId, s.Reference }).IsUnique();
        // Imports find every mapping of a standard that changed; the sector view counts the most-mapped standards.
        builder.HasIndex(s => new { s.Reference, s.Kind });
    }
}
