using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoleMapper.Core.Workspace;

namespace RoleMapper.Core.Data.Configurations;

public sealed class MaturityAssessmentDraftConfiguration : IEntityTypeConfiguration<MaturityAssessmentDraft>
{
    public void Configure(EntityTypeBuilder<MaturityAssessmentDraft> builder)
    {
        builder.ToTable("MaturityAssessmentDrafts");
        builder.Property(d => d.AssessedOn).HasMaxLength(32);
        builder.OwnsMany(d => d.Statements, s => s.ToJson());
        builder.OwnsMany(d => d.Targets, MaturityAssessmentRecordConfiguration.TargetsAsJson);
        // One draft per council: two web nodes saving a first step at once cannot make two.
        builder.HasIndex(d => d.OrganisationId).IsUnique();
    }
}
