using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoleMapper.Core.Accounts;

namespace RoleMapper.Core.Data.Configurations;

public sealed class JoinRequestConfiguration : IEntityTypeConfiguration<JoinRequest>
{
    public void Configure(EntityTypeBuilder<JoinRequest> b)
    {
        b.Property(r => r.Email).HasMaxLength(AccountRules.MaxEmailLength);
        b.Property(r => r.DecidedByEmail).HasMaxLength(AccountRules.MaxEmailLength);
        b.Property(r => r.UserId).HasMaxLength(450);
        b.HasOne(r => r.Organisation).WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        // The waiting account goes when the request is declined; the request stays, as the record of the answer.
        b.HasOne<CouncilUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(r => new { r.OrganisationId, r.DecidedUtc });
    }
}
