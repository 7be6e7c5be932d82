namespace RoleMapper.Core.Programme;

/// <summary>Configuration section "Programme".</summary>
public sealed class ProgrammeOptions
{
    public const string Section = "Programme";

    /// <summary>
    /// The public-sector apprenticeship target as a share of headcount: 2.3% of staff starting an apprenticeship each
    /// year. It is set nationally and has changed before, so it is a setting, not a constant.
    /// </summary>
    public double TargetShare { get; set; } = 0.023;
}
