using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoleMapper.Core.Pathways;

namespace RoleMapper.Core.Data.Configurations;

public sealed class SavedPathwayConfiguration : IEntityTypeConfiguration<SavedPathway>
{
    public void Configure(EntityTypeBuilder<SavedPathway> builder)
    {
        builder.Property(p => p.Key).HasMaxLength(SavedPathway.MaxKeyLength);
        builder.Property(p => p.Name).HasMaxLength(SavedPathway.MaxKeyLength);
        builder.Property(p => p.Summary).HasMaxLength(SavedPathway.MaxSummaryLength);
        builder.Property(p => p.SavedByName).HasMaxLength(256);
        // Saving a subject again replaces its pathway.
        builder.HasIndex(p => new { p.OrganisationId, p.Subject, p.Key }).IsUnique();
    }
}
