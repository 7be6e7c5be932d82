using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoleMapper.Core.Accounts;

namespace RoleMapper.Core.Data.Configurations;

public sealed class PasswordResetConfiguration : IEntityTypeConfiguration<PasswordReset>
{
    public void Configure(EntityTypeBuilder<PasswordReset> b)
    {
        b.Property(r => r.UserId).HasMaxLength(450);
        b.Property(r => r.TokenHash).HasMaxLength(64);
        b.Property(r => r.CreatedByUserId).HasMaxLength(450);
        b.HasIndex(r => r.TokenHash).IsUnique();
        b.HasIndex(r => r.UserId);
        // A person's links go with them (removing a colleague deletes their account).
        b.HasOne<CouncilUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
