using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoleMapper.Core.Accounts;
using RoleMapper.Core.RoleMap;

namespace RoleMapper.Core.Data.Configurations;

public sealed class RoleMapChangeConfiguration : IEntityTypeConfiguration<RoleMapChange>
{
    public void Configure(EntityTypeBuilder<RoleMapChange> b)
    {
        b.Property(c => c.EntryId).HasMaxLength(RoleMapEntry.MaxIdLength);
        b.Property(c => c.By).HasMaxLength(AccountRules.MaxEmailLength);
        b.Property(c => c.What).HasMaxLength(RoleMapChange.MaxWhatLength);
        b.HasOne<RoleMapEntry>().WithMany().HasForeignKey(c => c.EntryId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.EntryId, c.AtUtc });
    }
}
