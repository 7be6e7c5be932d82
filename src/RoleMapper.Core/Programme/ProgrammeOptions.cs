namespace RoleMapper.Core.Programme;

/// <summary>
/// Configuration section "Programme": the national rules the programme figures and the costed plan apply, as settings
/// because they are set nationally and change.
/// </summary>
public sealed class ProgrammeOptions
{
    public const string Section = "Programme";

    /// <summary>
    /// The public-sector apprenticeship target as a share of headcount: 2.3% of staff starting an apprenticeship each
    /// year. It is set nationally and has changed before, so it is a setting, not a constant.
    /// </summary>
    public double TargetShare { get; set; } = 0.023;

    /// <summary>How long levy funds stay in the account before they expire unused (24 months today).</summary>
    public int LevyExpiryMonths { get; set; } = 24;
}
