using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoleMapper.Core.Accounts;

namespace RoleMapper.Core.Data.Configurations;

public sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.Property(o => o.Name).HasMaxLength(Organisation.MaxNameLength);
        b.Property(o => o.NormalizedName).HasMaxLength(Organisation.MaxNameLength);
        b.HasIndex(o => o.NormalizedName).IsUnique();
        // One registration per listed council; bodies outside the list have no code (NULLs never clash).
        b.Property(o => o.OnsCode).HasMaxLength(Organisation.OnsCodeLength);
        b.HasIndex(o => o.OnsCode).IsUnique();
        // No database default: the column is added with the zero of OrganisationStatus (Verified) for councils that
        // existed before the sector's check, and every registration states its own status.
        b.HasIndex(o => o.Status);
    }
}
