using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoleMapper.Core.Plan;

namespace RoleMapper.Core.Data.Configurations;

public sealed class LevyPlanConfiguration : IEntityTypeConfiguration<LevyPlan>
{
    public void Configure(EntityTypeBuilder<LevyPlan> builder)
    {
        // One plan per council: two people saving the first plan at once cannot make two.
        builder.HasIndex(p => p.OrganisationId).IsUnique();
        builder.Property(p => p.UpdatedByName).HasMaxLength(256);
        builder.Ignore(p => p.FirstYear);
    }
}

public sealed class PlanLineConfiguration : IEntityTypeConfiguration<PlanLine>
{
    public void Configure(EntityTypeBuilder<PlanLine> builder)
    {
        builder.Property(l => l.Reference).HasMaxLength(12);
        builder.Property(l => l.Source).HasMaxLength(PlanLine.MaxSourceLength);
        builder.Property(l => l.ReviewReason).HasMaxLength(PlanLine.MaxReasonLength);
        builder.Property(l => l.CreatedByName).HasMaxLength(256);
        // One line per standard and year: adding the standard again adds to its starts.
        builder.HasIndex(l => new { l.OrganisationId, l.Reference, l.Year }).IsUnique();
        // The import's flagging finds lines by standard across councils.
        builder.HasIndex(l => l.Reference);
        builder.Ignore(l => l.FinancialYear);
    }
}
