using RoleMapper.Core.Tenancy;

namespace RoleMapper.Core.Workspace;

/// <summary>
/// A council's saved self-assessment on the LGA Apprenticeships Maturity Model (data/maturity-model.json). Which
/// statements were met, with evidence, and the target stage per strand, as JSON: they are only ever read whole.
/// Stages are not stored; they follow from the statements by <see cref="Maturity.StageRule"/>, so a fix to the rule or
/// the model shows at once on every assessment.
/// </summary>
public sealed class MaturityAssessmentRecord : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public DateOnly AssessedOn { get; set; }
    public DateTime SavedUtc { get; set; }
    public string? SavedByUserId { get; set; }
    public string? SavedByName { get; set; }
    public List<MetStatementRecord> Met { get; set; } = [];
    public List<StrandTargetRecord> Targets { get; set; } = [];
}

public sealed class MetStatementRecord
{
    public required string StatementId { get; set; }
    public string? Evidence { get; set; }
    /// <summary>Links to evidence (policies, board papers), one per line.</summary>
    public List<string> Links { get; set; } = [];
}

public sealed class StrandTargetRecord
{
    public required string StrandId { get; set; }
    public Maturity.MaturityLevel Target { get; set; }
}
