using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoleMapper.Core.Workspace;
using RoleMapper.Core.Workspace.RoleFiles;

namespace RoleMapper.Core.Data.Configurations;

public sealed class JobRoleConfiguration : IEntityTypeConfiguration<JobRole>
{
    public void Configure(EntityTypeBuilder<JobRole> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(RoleFileLimits.MaxTitleLength);
        builder.Property(r => r.ServiceArea).HasMaxLength(RoleFileLimits.MaxTextLength);
        builder.Property(r => r.Department).HasMaxLength(RoleFileLimits.MaxTextLength);
        builder.Property(r => r.JobFamily).HasMaxLength(RoleFileLimits.MaxTextLength);
        builder.Property(r => r.Grade).HasMaxLength(RoleFileLimits.MaxTextLength);
        builder.Property(r => r.Notes).HasMaxLength(RoleFileLimits.MaxNotesLength);
        builder.Property(r => r.MappingNote).HasMaxLength(RoleMapping.MaxNoteLength);
        builder.Property(r => r.MappedByName).HasMaxLength(256);
        builder.Property(r => r.ReviewReason).HasMaxLength(500);
        builder.Property(r => r.SuggestedReference).HasMaxLength(RoleMapping.MaxReferenceLength);
        builder.Property(r => r.SuggestedReason).HasMaxLength(JobRole.MaxReasonLength);
        builder.Property(r => r.CreatedByName).HasMaxLength(256);
        builder.Property(r => r.Fte).HasPrecision(9, 2);
        builder.Ignore(r => r.Key);
        builder.HasMany(r => r.Standards).WithOne().HasForeignKey(s => s.JobRoleId).OnDelete(DeleteBehavior.Cascade);
        // The workspace lists, filters and counts roles of one council by these.
        builder.HasIndex(r => new { r.OrganisationId, r.Status });
        builder.HasIndex(r => new { r.OrganisationId, r.ServiceArea });
        builder.HasIndex(r => new { r.OrganisationId, r.NeedsReview });
    }
}
