using RoleMapper.Core.Maturity;

namespace RoleMapper.Core.Export;

/// <summary>One strand of the assessment: the stage reached ("Developing +"), the target, and the statements met.</summary>
public sealed record MaturityStrandRow
{
    public required string StrandTitle { get; init; }

    public required StageResult Current { get; init; }

    /// <summary>The stage aimed for next year; null when none was picked.</summary>
    public MaturityLevel? Target { get; init; }

    public IReadOnlyList<MetStatement> StatementsMet { get; init; } = [];
}
