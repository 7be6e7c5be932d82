using RoleMapper.Core.Workspace;
namespace RoleMapper.Core.Export;

/// <summary>
/// The headline figures of a council's map, worked out from its rows: what the Summary sheet shows, and the one
/// definition of coverage for anything else that shows it. A role counts as covered when it has a confirmed standard;
/// a role without a headcount counts as no posts.
/// </summary>
public sealed record MapFigures
{
    public int Roles { get; init; }
    public long Headcount { get; init; }
    public int RolesWithoutHeadcount { get; init; }
    public int RolesConfirmed { get; init; }
    public long HeadcountConfirmed { get; init; }
    public int NeedsReview { get; init; }
    public int NoSuitableStandard { get; init; }
    public int Suggested { get; init; }
    public int Unmapped { get; init; }

    /// <summary>Skills gaps not closed, by priority, highest first.</summary>
    public IReadOnlyList<GapCount> GapsByPriority { get; init; } = [];

    /// <summary>Share of roles with a confirmed standard, 0 to 1; null when there are no roles.</summary>
    public double? CoverageByRoles => Roles == 0 ? null : (double)RolesConfirmed / Roles;

    /// <summary>Share of posts in roles with a confirmed standard, 0 to 1; null when no role has a headcount.</summary>
    public double? CoverageByHeadcount => Headcount == 0 ? null : (double)HeadcountConfirmed / Headcount;

    public static MapFigures Of(CouncilMap map) => new()
    {
        Roles = map.Roles.Count,
        Headcount = map.Roles.Sum(r => (long)(r.Headcount ?? 0)),
        RolesWithoutHeadcount = map.Roles.Count(r => r.Headcount is null),
        RolesConfirmed = map.Roles.Count(r => r.HasConfirmedStandard),
        HeadcountConfirmed = map.Roles.Where(r => r.HasConfirmedStandard).Sum(r => (long)(r.Headcount ?? 0)),
        NeedsReview = map.Roles.Count(r => r.NeedsReview),
        NoSuitableStandard = map.Roles.Count(r => r.Status == MappingStatus.NoSuitableStandard),
        Suggested = map.Roles.Count(r => r.Status == MappingStatus.Suggested),
        Unmapped = map.Roles.Count(r => r.Status == MappingStatus.Unmapped),
        GapsByPriority = Enum.GetValues<GapPriority>().Select(priority => new GapCount(
            priority,
            map.SkillsGaps.Count(g => g.Priority == priority && g.Status == GapStatus.Open),
            map.SkillsGaps.Count(g => g.Priority == priority && g.Status == GapStatus.PlanInPlace))).ToList(),
    };
}

/// <summary>Skills gaps of one priority that are not closed: still open, and with a plan in place.</summary>
public sealed record GapCount(GapPriority Priority, int Open, int PlanInPlace);
