using RoleMapper.Core.Tenancy;

namespace RoleMapper.Core.Workspace;

/// <summary>
/// A self-assessment in progress: what the form, taken one strand at a time, holds so far. One per council, kept in
/// the database (not the session) so progress survives a sign-out and a request served by another web node. Saving
/// the assessment deletes it. Statements are kept as typed, ticked or not, so evidence typed before a tick is not lost.
/// </summary>
public sealed class MaturityAssessmentDraft : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    /// <summary>The date as typed on the last step; it is checked only when the assessment is saved.</summary>
    public string? AssessedOn { get; set; }
    public DateTime SavedUtc { get; set; }
    public string? SavedByUserId { get; set; }
    public List<DraftStatementRecord> Statements { get; set; } = [];
    public List<StrandTargetRecord> Targets { get; set; } = [];
}

public sealed class DraftStatementRecord
{
    public required string StatementId { get; set; }
    public bool Met { get; set; }
    public string? Evidence { get; set; }
    /// <summary>The links as typed, one a line; parsed when the assessment is saved.</summary>
    public string? Links { get; set; }
}
