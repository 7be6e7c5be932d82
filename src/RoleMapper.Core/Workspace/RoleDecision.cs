using RoleMapper.Core.Tenancy;

namespace RoleMapper.Core.Workspace;

/// <summary>What a council did about a role's mapping, as the decision history records it.</summary>
public enum RoleDecisionKind
{
    Confirmed,
    ConfirmedInBulk,
    AlternativeAdded,
    Rejected,
    /// <summary>A main standard, alternative or rejection was taken back.</summary>
    Removed,
    NoSuitableStandard,
}

/// <summary>
/// One decision about a role's mapping, kept for good: the history is only ever added to (<see cref="RoleMapping"/>
/// writes every row), so the note, the person and the time of each decision stay after later ones replace it. The
/// person's name is kept as text so the record outlives the account. It goes when the role is deleted.
/// </summary>
public sealed class RoleDecision : IOrganisationOwned
{
    public long Id { get; set; }
    public int OrganisationId { get; set; }
    public int JobRoleId { get; set; }
    public RoleDecisionKind Kind { get; set; }
    /// <summary>The standard decided about; null for "no suitable standard".</summary>
    public string? Reference { get; set; }
    /// <summary>The standard's approved version at the time, when it had one.</summary>
    public string? Version { get; set; }
    public string? Note { get; set; }
    public string? DecidedByUserId { get; set; }
    public required string DecidedByName { get; set; }
    public DateTime DecidedUtc { get; set; }
}
