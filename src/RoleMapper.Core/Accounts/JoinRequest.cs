namespace RoleMapper.Core.Accounts;

/// <summary>
/// Someone who registered a council that already had an account: their own account waits, with no council, until one
/// of the council's admins accepts (they become a member) or declines (the waiting account is deleted, so the address
/// can be used again). Not tenancy-filtered, like the people themselves: the sector team sees them across councils, so
/// every query names the organisation.
/// </summary>
public sealed class JoinRequest
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    /// <summary>The waiting account; null once a declined request deleted it.</summary>
    public string? UserId { get; set; }
    public required string Email { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? DecidedUtc { get; set; }
    public string? DecidedByEmail { get; set; }
    public bool Accepted { get; set; }

    public bool IsPending => DecidedUtc is null;
}
