using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoleMapper.Core.StandardsFeed;

namespace RoleMapper.Core.Data.Configurations;

public sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> b)
    {
        b.Property(r => r.Source).HasMaxLength(1000);
        b.HasIndex(r => r.StartedUtc);
        b.OwnsMany(r => r.Errors, e => e.ToJson());
        b.OwnsMany(r => r.Warnings, e => e.ToJson());
    }
}
