using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RoleMapper.Core.Accounts;

namespace RoleMapper.Core.Data.Configurations;

public sealed class CouncilUserConfiguration : IEntityTypeConfiguration<CouncilUser>
{
    public void Configure(EntityTypeBuilder<CouncilUser> b) =>
        // Restrict: a council is never deleted while it has people; removing people is an explicit admin action.
        b.HasOne(u => u.Organisation).WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
}

/// <summary>The sector role row exists in every database, so granting it never has to create it first.</summary>
public sealed class IdentityRoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> b) =>
        b.HasData(new IdentityRole
        {
            Id = SectorRole.Id,
            Name = SectorRole.Name,
            NormalizedName = SectorRole.Name.ToUpperInvariant(),
            ConcurrencyStamp = SectorRole.Id,
        });
}
