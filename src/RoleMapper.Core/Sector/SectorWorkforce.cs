using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Standards;
using RoleMapper.Core.Workspace;

namespace RoleMapper.Core.Sector;

/// <summary>Skills gaps not closed in one service area, across the councils that recorded any there.</summary>
/// <param name="ServiceArea">As most of those councils spell it; areas are matched ignoring case and outer spaces.</param>
public sealed record ServiceAreaGaps(string ServiceArea, int Councils, int Gaps, int HardToFill, int SuccessionRisk);

/// <summary>A standard councils confirmed as the primary standard of their roles.</summary>
public sealed record MappedStandard(string Reference, string? Title, int? Level, int Councils, int Roles);

/// <summary>
/// The sector's workforce picture: the service areas where councils record the most skills gaps, and the standards
/// most councils map their roles to. Every row, and each total, stands for at least
/// <see cref="SectorThreshold.SmallestGroup"/> councils; the rest is left out, not summed into "other".
/// </summary>
/// <param name="CouncilsWithGaps">Councils with a gap not closed against a named service area; null when too few.</param>
/// <param name="CouncilsWithMappings">Councils with a confirmed primary standard; null when too few.</param>
public sealed record SectorWorkforce(
    int? CouncilsWithGaps,
    IReadOnlyList<ServiceAreaGaps> GapsByServiceArea,
    int? CouncilsWithMappings,
    IReadOnlyList<MappedStandard> MostMappedStandards)
{
    /// <summary>How many rows each "most common" list shows at most.</summary>
    public const int ListLength = 10;

    public static async Task<SectorWorkforce> LoadAsync(RoleMapperDbContext db, CancellationToken ct = default)
    {
        var (councilsWithGaps, gaps) = await GapsAsync(db, ct);
        var (councilsWithMappings, standards) = await StandardsAsync(db, ct);
        return new SectorWorkforce(SectorThreshold.Shown(councilsWithGaps), gaps, SectorThreshold.Shown(councilsWithMappings), standards);
    }

    private static async Task<(int Councils, IReadOnlyList<ServiceAreaGaps> Rows)> GapsAsync(RoleMapperDbContext db, CancellationToken ct)
    {
        // One row per council and spelling of an area; councils spell areas freely, so they are matched in memory.
        var perCouncil = await db.SkillsGaps.IgnoreQueryFilters([RoleMapperDbContext.OrganisationFilter]).AsNoTracking()
            .Where(g => g.Status != GapStatus.Closed && CountedCouncils.Ids(db).Contains(g.OrganisationId))
            .Select(g => new { g.OrganisationId, Area = g.ServiceArea ?? g.JobRole!.ServiceArea, g.HardToFill, g.SuccessionRisk })
            .Where(g => g.Area != null && g.Area.Trim() != "")
            .GroupBy(g => new { g.OrganisationId, Area = g.Area!.Trim() })
            .Select(g => new
            {
                g.Key.OrganisationId, g.Key.Area, Gaps = g.Count(),
                HardToFill = g.Count(x => x.HardToFill), SuccessionRisk = g.Count(x => x.SuccessionRisk),
            })
            .ToListAsync(ct);
        var rows = perCouncil
            .GroupBy(r => r.Area.ToUpperInvariant())
            .Select(area => new ServiceAreaGaps(
                MostCommon(area.Select(r => r.Area)),
                area.Select(r => r.OrganisationId).Distinct().Count(),
                area.Sum(r => r.Gaps), area.Sum(r => r.HardToFill), area.Sum(r => r.SuccessionRisk)))
            .Where(r => SectorThreshold.Shows(r.Councils))
            .OrderByDescending(r => r.Councils).ThenByDescending(r => r.Gaps).ThenBy(r => r.ServiceArea, StringComparer.OrdinalIgnoreCase)
            .Take(ListLength)
            .ToList();
        return (perCouncil.Select(r => r.OrganisationId).Distinct().Count(), rows);
    }

    private static async Task<(int Councils, IReadOnlyList<MappedStandard> Rows)> StandardsAsync(RoleMapperDbContext db, CancellationToken ct)
    {
        var perCouncil = await db.RoleStandards.IgnoreQueryFilters([RoleMapperDbContext.OrganisationFilter]).AsNoTracking()
            .Where(s => s.Kind == RoleStandardKind.Primary && CountedCouncils.Ids(db).Contains(s.OrganisationId))
            .GroupBy(s => new { s.OrganisationId, s.Reference })
            .Select(g => new { g.Key.OrganisationId, g.Key.Reference, Roles = g.Count() })
            .ToListAsync(ct);
        var top = perCouncil
            .GroupBy(r => r.Reference.Trim().ToUpperInvariant())
            .Select(g => (Reference: g.Key, Councils: g.Select(r => r.OrganisationId).Distinct().Count(), Roles: g.Sum(r => r.Roles)))
            .Where(r => SectorThreshold.Shows(r.Councils))
            .OrderByDescending(r => r.Councils).ThenByDescending(r => r.Roles).ThenBy(r => r.Reference, StringComparer.Ordinal)
            .Take(ListLength)
            .ToList();
        var references = top.Select(r => r.Reference).ToList();
        var titles = await db.CurrentStandardVersions().AsNoTracking()
            .Where(v => references.Contains(v.Reference))
            .Select(v => new { v.Reference, v.Title, v.Level })
            .ToDictionaryAsync(v => v.Reference, StringComparer.OrdinalIgnoreCase, ct);
        var rows = top.Select(r => new MappedStandard(r.Reference, titles.GetValueOrDefault(r.Reference)?.Title,
            titles.GetValueOrDefault(r.Reference)?.Level, r.Councils, r.Roles)).ToList();
        return (perCouncil.Select(r => r.OrganisationId).Distinct().Count(), rows);
    }

    /// <summary>The spelling most councils use; ties go to the first in ordinal order, so the page does not flicker.</summary>
    private static string MostCommon(IEnumerable<string> spellings) =>
        spellings.GroupBy(s => s, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
}
