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
        builder.OwnsMany(a => a.Targets, TargetsAsJson);
        builder.HasIndex(a => new { a.OrganisationId, a.AssessedOn });
    }

    /// <summary>Targets per strand as a JSON column with the stage by name; the draft stores them the same way.</summary>
    internal static void TargetsAsJson<T>(OwnedNavigationBuilder<T, StrandTargetRecord> targets) where T : class
    {
        targets.ToJson();
        targets.Property(x => x.Target).HasConversion<string>();
    }
}
