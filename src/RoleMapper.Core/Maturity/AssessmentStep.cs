using RoleMapper.Core.Workspace;

namespace RoleMapper.Core.Maturity;

/// <summary>
/// One strand's part of the self-assessment form as posted: its statements (ticked, or with evidence typed) and its
/// target, and the date when the step has the date field.
/// </summary>
public sealed record AssessmentStep(
    MaturityStrand Strand, IReadOnlyList<DraftStatementRecord> Statements, MaturityLevel? Target, string? AssessedOn);
