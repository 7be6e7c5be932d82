namespace RoleMapper.Core.Programme;

/// <summary>
/// The ratios the LGA looks at for one council and year: starts as a share of headcount (against the national
/// target) and the share of the levy paid that was spent. Null where the year has no headcount or no levy paid.
/// </summary>
public sealed record ProgrammeShares(ProgrammeYear Year, double? StartsShare, double? LevySpendShare, double TargetShare)
{
    public static ProgrammeShares Of(ProgrammeYear year, double targetShare) => new(
        year,
        year.Headcount > 0 ? (double)year.Starts / year.Headcount : null,
        year.LevyPaid > 0 ? (double)(year.LevySpent / year.LevyPaid) : null,
        targetShare);

    /// <summary>Whether starts reached the target share; null without a headcount.</summary>
    public bool? MeetsTarget => StartsShare is { } share ? share >= TargetShare : null;

    /// <summary>The starts the target asks for: the share of headcount, rounded up to whole people.</summary>
    public int TargetStarts => (int)Math.Ceiling(Year.Headcount * TargetShare - 1e-9);
}
