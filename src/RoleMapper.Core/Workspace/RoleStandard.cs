using RoleMapper.Core.Matching;
using RoleMapper.Core.Tenancy;

namespace RoleMapper.Core.Workspace;

public enum RoleStandardKind
{
    /// <summary>The one standard the council confirmed for the role.</summary>
    Primary,
    /// <summary>Another standard the council also accepts for the role.</summary>
    Alternative,
    /// <summary>A suggestion the council turned down; it is not offered again.</summary>
    Rejected,
}

/// <summary>
/// A standard a council decided about for one role. It points at the standard (reference), not a version: the role map
/// always shows the current approved version. <see cref="VersionWhenDecided"/> lets an import tell that the standard
/// has moved on since, which flags the role for review.
/// </summary>
public sealed class RoleStandard : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public int JobRoleId { get; set; }
    public required string Reference { get; set; }
    public RoleStandardKind Kind { get; set; }
    public string? VersionWhenDecided { get; set; }
    /// <summary>The matcher's confidence and reason when the council decided, if the standard was a suggestion.</summary>
    public Confidence? Confidence { get; set; }
    public string? Reason { get; set; }
    public string? DecidedByUserId { get; set; }
    public string? DecidedByName { get; set; }
    public DateTime DecidedUtc { get; set; }
}
