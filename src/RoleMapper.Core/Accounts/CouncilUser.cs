using Microsoft.AspNetCore.Identity;

namespace RoleMapper.Core.Accounts;

/// <summary>
/// A person who signs in. Council staff belong to exactly one organisation for life (removing them deletes the user),
/// so pages can trust the organisation of a verified user. Sector (LGA) staff may have no organisation.
/// </summary>
public sealed class CouncilUser : IdentityUser
{
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public CouncilRole CouncilRole { get; set; }
    public DateTime CreatedUtc { get; set; }
}

/// <summary>What a person may do in their council's workspace. Admins also manage colleagues and invitations.</summary>
public enum CouncilRole
{
    Member,
    Admin,
}
