using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoleMapper.Core.Accounts;
using RoleMapper.Core.RoleMap;

namespace RoleMapper.Core.Data.Configurations;

public sealed class RoleMapEntryConfiguration : IEntityTypeConfiguration<RoleMapEntry>
{
    public void Configure(EntityTypeBuilder<RoleMapEntry> b)
    {
        // The slug is the key, so two nodes seeding the map at once collide on it and the second reads the first's.
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasMaxLength(RoleMapEntry.MaxIdLength);
        b.Property(e => e.ServiceArea).HasMaxLength(RoleMapEntry.MaxAreaLength);
        b.Property(e => e.Title).HasMaxLength(RoleMapEntry.MaxTitleLength);
        b.Property(e => e.JobFamily).HasMaxLength(RoleMapEntry.MaxFamilyLength);
        b.Property(e => e.Reason).HasMaxLength(RoleMapEntry.MaxReasonLength);
        b.Property(e => e.CheckedAgainst).HasMaxLength(10);
        b.Property(e => e.ReviewReason).HasMaxLength(RoleMapEntry.MaxReviewReasonLength);
        b.Property(e => e.UpdatedBy).HasMaxLength(AccountRules.MaxEmailLength);
        b.Property(e => e.ReleaseHash).HasMaxLength(RoleMapEntry.ReleaseHashLength);
        b.HasIndex(e => e.NeedsReview);
    }
}
