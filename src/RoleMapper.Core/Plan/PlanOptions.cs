namespace RoleMapper.Core.Plan;

/// <summary>
/// The national rules the plan applies, as settings because they are set nationally and change: the <c>Programme</c>
/// section (shared with the programme figures). <c>Programme:LevyExpiryMonths</c> is how long levy funds stay in the
/// account before they expire (24 today); <c>Programme:TargetShare</c> the public-sector target of starts as a share of
/// headcount (2.3% today).
/// </summary>
public sealed class PlanOptions
{
    public const string Section = "Programme";

    public int LevyExpiryMonths { get; set; } = 24;
    public double TargetShare { get; set; } = 0.023;
}
