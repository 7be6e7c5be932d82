using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoleMapper.Core.Accounts;

namespace RoleMapper.Core.Data.Configurations;

public sealed class CouncilLogEntryConfiguration : IEntityTypeConfiguration<CouncilLogEntry>
{
    public void Configure(EntityTypeBuilder<CouncilLogEntry> b)
    {
        b.Property(e => e.ByEmail).HasMaxLength(AccountRules.MaxEmailLength);
        b.Property(e => e.Detail).HasMaxLength(CouncilLogEntry.MaxDetailLength);
        b.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.OrganisationId, e.AtUtc });
    }
}
