namespace RoleMapper.Core.Maturity;

/// <summary>What moved on one strand between two assessments.</summary>
/// <param name="NewlyMet">Tickable statements met now but not before, lowest stage first.</param>
/// <param name="NoLongerMet">Tickable statements met before but not now, lowest stage first.</param>
public sealed record StrandChange(
    MaturityStrand Strand,
    StageResult Before,
    StageResult After,
    IReadOnlyList<MaturityStatement> NewlyMet,
    IReadOnlyList<MaturityStatement> NoLongerMet,
    MaturityLevel? TargetBefore,
    MaturityLevel? TargetAfter)
{
    public bool StageRose => After.Reached > Before.Reached;

    public bool StageFell => After.Reached < Before.Reached;

    public bool TargetChanged => TargetBefore != TargetAfter;

    /// <summary>Whether anything moved; a stage cannot change without a statement changing too.</summary>
    public bool HasChanges => NewlyMet.Count > 0 || NoLongerMet.Count > 0 || TargetChanged;
}
