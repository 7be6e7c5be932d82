namespace RoleMapper.Core.Maturity;

/// <summary>What moved between two assessments, strand by strand in the model's order.</summary>
public sealed record AssessmentChanges(DateOnly From, DateOnly To, IReadOnlyList<StrandChange> Strands)
{
    public bool HasChanges => Strands.Any(s => s.HasChanges);
}
