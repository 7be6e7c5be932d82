using RoleMapper.Core.Tenancy;

namespace RoleMapper.Core.Accounts;

/// <summary>
/// An invitation to join a council. Only the SHA-256 of the link's token is stored, so a copy of the database cannot
/// be used to join; the token itself is shown once, to the admin who made it. Single use and expiring.
/// </summary>
public sealed class Invitation : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public required string Email { get; set; }
    public CouncilRole Role { get; set; }
    public required string TokenHash { get; set; }
    public required string CreatedByUserId { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
    public DateTime? AcceptedUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }

    public InvitationState StateAt(DateTime nowUtc) =>
        AcceptedUtc is not null ? InvitationState.Accepted
        : RevokedUtc is not null ? InvitationState.Revoked
        : ExpiresUtc <= nowUtc ? InvitationState.Expired
        : InvitationState.Pending;
}

public enum InvitationState
{
    Pending,
    Accepted,
    Expired,
    Revoked,
}
