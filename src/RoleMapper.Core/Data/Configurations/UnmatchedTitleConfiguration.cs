using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoleMapper.Core.UnmatchedTitles;

namespace RoleMapper.Core.Data.Configurations;

public sealed class UnmatchedTitleConfiguration : IEntityTypeConfiguration<UnmatchedTitle>
{
    public void Configure(EntityTypeBuilder<UnmatchedTitle> b)
    {
        b.Property(u => u.NormalisedTitle).HasMaxLength(UnmatchedTitle.MaxTitleLength);
        b.Property(u => u.ExampleTitle).HasMaxLength(UnmatchedTitle.MaxTitleLength);
        b.Property(u => u.BestReference).HasMaxLength(12);
        // Unique so two nodes recording the same new title at once cannot create two rows: the loser updates instead.
        b.HasIndex(u => u.NormalisedTitle).IsUnique();
        b.HasIndex(u => u.Count);
    }
}
