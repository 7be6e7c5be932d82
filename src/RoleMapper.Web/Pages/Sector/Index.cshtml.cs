using RoleMapper.Core.Accounts;
using RoleMapper.Core.Maturity;
using RoleMapper.Core.Sector;

namespace RoleMapper.Web.Pages.Sector;

/// <summary>
/// /sector (sector role): how many councils use RoleMapper, by region, and the national average stage per strand of
/// their latest maturity self-assessments. Every count and average stands for at least
/// <see cref="SectorThreshold.SmallestGroup"/> councils, and no region can be worked out by subtraction from the
/// total (<see cref="SmallGroupRule"/>), so the page never points at one council.
/// </summary>
public sealed class IndexModel(RoleMapperDbContext db, MaturityModel maturity) : PageModel
{
    public int? Councils { get; private set; }
    public IReadOnlyList<(EnglishRegion Region, int? Count)> ByRegion { get; private set; } = [];
    public StageAverages National { get; private set; } = null!;
    /// <summary>New councils waiting for the sector team's check (not a sector figure: the team's own work list).</summary>
    public int Unverified { get; private set; }
    /// <summary>Roles of the sector role map an import flagged, also the team's own work list.</summary>
    public int RoleMapToReview { get; private set; }

    private HashSet<EnglishRegion> tooFew = [];

    public string HiddenText(EnglishRegion region) =>
        tooFew.Contains(region) ? SectorThreshold.HiddenText : SectorThreshold.HiddenByDifferenceText;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var councils = await CountedCouncils.Of(db).AsNoTracking().Select(o => new { o.Type, o.Region }).ToListAsync(ct);
        // The total and the regions are shown together, so the one rule decides which may show (SmallGroupRule).
        var shown = SectorGroups.For(councils.Select(c => (c.Type, c.Region)));
        Councils = shown.National ? councils.Count : null;
        ByRegion = Enum.GetValues<EnglishRegion>()
            .Select(r => (r, shown.Regions.Contains(r) ? councils.Count(c => c.Region == r) : (int?)null)).ToList();
        // Why a region shows no count: too few councils, or a count that would give a smaller region away.
        tooFew = Enum.GetValues<EnglishRegion>().Where(r => !SectorThreshold.Shows(councils.Count(c => c.Region == r))).ToHashSet();
        Unverified = await db.Organisations.CountAsync(o => o.Status == OrganisationStatus.Unverified, ct);
        RoleMapToReview = await db.RoleMapEntries.CountAsync(e => e.NeedsReview, ct);
        National = (await SectorMaturity.LoadAsync(db, maturity, ct)).National;
    }

    public StageChart Chart() => new("national-chart", "National average stage and target by strand",
        National.Strands.Select(s => new StageChartRow(s.Strand.Title, s.Current, s.Target, null,
            $"average {MaturityDisplay.Average(s.Current)}, target {MaturityDisplay.TargetAverage(s.Target)}")).ToList(),
        "Average stage now", "Average target", null);
}
