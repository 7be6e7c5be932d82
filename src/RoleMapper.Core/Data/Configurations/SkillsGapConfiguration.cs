using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoleMapper.Core.Workspace;

namespace RoleMapper.Core.Data.Configurations;

public sealed class SkillsGapConfiguration : IEntityTypeConfiguration<SkillsGap>
{
    public void Configure(EntityTypeBuilder<SkillsGap> builder)
    {
        builder.Property(g => g.Description).HasMaxLength(SkillsGap.MaxDescriptionLength);
        builder.Property(g => g.ServiceArea).HasMaxLength(SkillsGap.MaxServiceAreaLength);
        builder.Property(g => g.CreatedByName).HasMaxLength(256);
        // Deleting a role keeps its gaps (they still describe the service area), just unlinked.
        builder.HasOne(g => g.JobRole).WithMany().HasForeignKey(g => g.JobRoleId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(g => new { g.OrganisationId, g.Status });
    }
}
