using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoleMapper.Core.Programme;

namespace RoleMapper.Core.Data.Configurations;

public sealed class ProgrammeYearConfiguration : IEntityTypeConfiguration<ProgrammeYear>
{
    public void Configure(EntityTypeBuilder<ProgrammeYear> builder)
    {
        builder.ToTable("ProgrammeYears");
        // Pounds and pence up to a thousand million: more than any council's levy, and exact on both providers.
        foreach (var amount in new[] { nameof(ProgrammeYear.LevyPaid), nameof(ProgrammeYear.LevySpent),
                     nameof(ProgrammeYear.LevyTransferredOut), nameof(ProgrammeYear.LevyExpired), nameof(ProgrammeYear.SchoolsLevySpent) })
        {
            builder.Property<decimal>(amount).HasPrecision(12, 2);
        }
        builder.Property(p => p.UpdatedByName).HasMaxLength(256);
        builder.Ignore(p => p.Starts);
        builder.Ignore(p => p.YearText);
        // One row per council and year, even when two people save the same year at once.
        builder.HasIndex(p => new { p.OrganisationId, p.Year }).IsUnique();
    }
}
