namespace RoleMapper.Core.Maturity;

/// <summary>Where a council stands on one strand, as worked out by <see cref="StageRule.Assess"/>.</summary>
/// <param name="Reached">The highest stage whose statements, and those of every stage below it, are all met.</param>
/// <param name="HasPlus">Whether any statement above <paramref name="Reached"/> is met: progress towards the next stage.</param>
public sealed record StageResult(MaturityLevel Reached, bool HasPlus)
{
    /// <summary>The stage as the LGA writes it: "Developing", or "Developing +" with progress beyond it.</summary>
    public string DisplayText => HasPlus ? $"{Reached} +" : Reached.ToString();
}
