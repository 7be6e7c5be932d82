using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Programme;

namespace RoleMapper.Core.Sector;

/// <summary>
/// The programme measures the LGA's MOT compares, for one financial year, across verified councils that entered that
/// year: starts as a share of headcount, the share of levy paid that was spent, and the schools' figures. Only
/// averages of groups the <see cref="SmallGroupRule"/> allows leave here.
/// </summary>
public sealed record SectorProgramme(int Year, IReadOnlyList<MeasureAverages> Measures)
{
    public const string StartsShare = "Starts as a share of headcount";
    public const string LevySpendShare = "Levy spent as a share of levy paid";
    public const string SchoolStarts = "School starts";
    public const string SchoolsLevySpent = "Levy spent on schools (£)";

    /// <summary>The measures of one council's year, in the order of <see cref="Measures"/>; null where it has none.</summary>
    public static IReadOnlyList<double?> ValuesOf(ProgrammeYear? year) => year is null
        ? [null, null, null, null]
        : [ProgrammeShares.Of(year, 0).StartsShare, ProgrammeShares.Of(year, 0).LevySpendShare, year.SchoolStarts,
           year.SchoolsOnLevy > 0 ? (double)year.SchoolsLevySpent : null];

    public static async Task<SectorProgramme> LoadAsync(RoleMapperDbContext db, int year, CancellationToken ct = default)
    {
        // Deliberately across councils: only averages of groups the rule allows leave this method.
        var rows = await db.ProgrammeYears.IgnoreQueryFilters([RoleMapperDbContext.OrganisationFilter]).AsNoTracking()
            .Where(y => y.Year == year && CountedCouncils.Ids(db).Contains(y.OrganisationId))
            .ToListAsync(ct);
        var councils = await CountedCouncils.Of(db).AsNoTracking()
            .Select(o => new { o.Id, o.Type, o.Region }).ToDictionaryAsync(o => o.Id, ct);
        var values = rows.Select(r => (Council: councils[r.OrganisationId], Values: ValuesOf(r))).ToList();
        string[] names = [StartsShare, LevySpendShare, SchoolStarts, SchoolsLevySpent];
        var measures = names.Select((name, i) => MeasureAverages.Of(name, values
            .Where(v => v.Values[i] is not null)
            .Select(v => (v.Council.Type, v.Council.Region, v.Values[i]!.Value)).ToList())).ToList();
        return new SectorProgramme(year, measures);
    }
}
