using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Accounts;
using RoleMapper.Core.Data;
using RoleMapper.Core.Maturity;

namespace RoleMapper.Core.Sector;

/// <summary>The average stage of one strand across a group of councils, 0 (Early) to 3 (Mature).</summary>
/// <param name="Current">The average stage reached; null when the group is too small to show.</param>
/// <param name="Target">
/// The average target, over the councils that set one; null when fewer than <see cref="SectorThreshold.SmallestGroup"/> did.
/// </param>
public sealed record StrandAverage(MaturityStrand Strand, double? Current, double? Target);

/// <summary>A group of councils (all, one type, one region) and its averages per strand.</summary>
/// <param name="Councils">How many councils with an assessment the group has; null when too few to show anything.</param>
public sealed record StageAverages(string Name, int? Councils, IReadOnlyList<StrandAverage> Strands)
{
    public bool IsShown => Councils is not null;
}

/// <summary>
/// The LGA's "MOT" comparison: each council's latest self-assessment, averaged nationally, by council type and by
/// region. Stages are worked out by the stage rule from the statements, as on the council's own pages; "+" does not
/// count towards an average. Groups below <see cref="SectorThreshold.SmallestGroup"/> councils, and groups whose figures
/// would let a smaller group be worked out by subtraction (<see cref="SmallGroupRule"/>), carry no figures at all.
/// </summary>
public sealed record SectorMaturity(
    StageAverages National,
    IReadOnlyDictionary<OrganisationType, StageAverages> ByType,
    IReadOnlyDictionary<EnglishRegion, StageAverages> ByRegion)
{
    public static async Task<SectorMaturity> LoadAsync(RoleMapperDbContext db, MaturityModel model, CancellationToken ct = default)
    {
        // Deliberately across councils: only averages of groups of five or more leave this method.
        var latest = await db.MaturityAssessments.IgnoreQueryFilters([RoleMapperDbContext.OrganisationFilter]).AsNoTracking()
            .Where(a => CountedCouncils.Ids(db).Contains(a.OrganisationId))
            .LatestOfEachCouncil().ToListAsync(ct);
        var councils = await CountedCouncils.Of(db).AsNoTracking()
            .Select(o => new { o.Id, o.Type, o.Region }).ToDictionaryAsync(o => o.Id, ct);
        var assessed = latest
            .Select(record => (Council: councils[record.OrganisationId], Assessment: record.ToAssessment()))
            .ToList();
        // One rule decides which groups show, over everything this view shows together (SmallGroupRule); targets are
        // averaged over the councils that set one, a different set of councils, so each strand's targets get their own.
        var shown = SectorGroups.For(assessed.Select(a => (a.Council.Type, a.Council.Region)));
        var targetsShown = model.Strands.ToDictionary(strand => strand.Id, strand => SectorGroups.For(assessed
            .Where(a => a.Assessment.TargetFor(strand) is not null).Select(a => (a.Council.Type, a.Council.Region))));
        StageAverages Average(string name, Func<SectorGroups, bool> isShown, Func<OrganisationType, EnglishRegion, bool> member) =>
            Averages(model, name, isShown(shown), strand => isShown(targetsShown[strand.Id]),
                assessed.Where(a => member(a.Council.Type, a.Council.Region)).Select(a => a.Assessment).ToList());
        return new SectorMaturity(
            Average("All councils", g => g.National, (_, _) => true),
            Enum.GetValues<OrganisationType>().ToDictionary(type => type,
                type => Average(type.Display(), g => g.Types.Contains(type), (t, _) => t == type)),
            Enum.GetValues<EnglishRegion>().ToDictionary(region => region,
                region => Average(region.Display(), g => g.Regions.Contains(region), (_, r) => r == region)));
    }

    private static StageAverages Averages(MaturityModel model, string name, bool shown, Func<MaturityStrand, bool> targetShown,
        IReadOnlyList<MaturityAssessment> group)
    {
        var strands = model.Strands.Select(strand =>
        {
            if (!shown)
            {
                return new StrandAverage(strand, null, null);
            }
            var targets = group.Select(a => a.TargetFor(strand)).OfType<MaturityLevel>().Select(t => (double)t).ToList();
            return new StrandAverage(strand,
                group.Average(a => (double)a.StageOf(strand).Reached),
                targetShown(strand) && targets.Count > 0 ? targets.Average() : null);
        });
        return new StageAverages(name, shown ? group.Count : null, strands.ToList());
    }
}
