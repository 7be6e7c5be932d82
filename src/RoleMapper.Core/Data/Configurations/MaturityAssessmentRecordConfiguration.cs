using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoleMapper.Core.Workspace;

namespace RoleMapper.Core.Data.Configurations;

public sealed class MaturityAssessmentRecordConfiguration : IEntityTypeConfiguration<MaturityAssessmentRecord>
{
    public void Configure(EntityTypeBuilder<MaturityAssessmentRecord> builder)
    {
        builder.ToTable("MaturityAssessments");
        builder.Property(a => a.SavedByName).HasMaxLength(256);
        builder.OwnsMany(a => a.Met, m => m.ToJson());
        builder.OwnsMany(a => a.Targets, t =>
        {
            t.ToJson();
            t.Property(x => x.Target).HasConversion<string>();
        });
        builder.HasIndex(a => new { a.OrganisationId, a.AssessedOn });
    }
}
