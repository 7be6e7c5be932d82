using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoleMapper.Core.Workspace;

namespace RoleMapper.Core.Data.Configurations;

public sealed class RoleDecisionConfiguration : IEntityTypeConfiguration<RoleDecision>
{
    public void Configure(EntityTypeBuilder<RoleDecision> builder)
    {
        builder.Property(d => d.Reference).HasMaxLength(RoleMapping.MaxReferenceLength);
        builder.Property(d => d.Version).HasMaxLength(10);
        builder.Property(d => d.Note).HasMaxLength(RoleMapping.MaxNoteLength);
        builder.Property(d => d.DecidedByName).HasMaxLength(256);
        builder.HasOne<JobRole>().WithMany().HasForeignKey(d => d.JobRoleId).OnDelete(DeleteBehavior.Cascade);
        // The role page and the export read one role's (or council's) history in order.
        builder.HasIndex(d => new { d.JobRoleId, d.Id });
    }
}
