using RoleMapper.Core.Accounts;
using RoleMapper.Core.Maturity;
using RoleMapper.Core.Sector;

namespace RoleMapper.Web.Pages.Sector;

/// <summary>
/// /sector (sector role): how many councils use RoleMapper, by region, and the national average stage per strand of
/// their latest maturity self-assessments. Every count and average stands for at least
/// <see cref="SectorThreshold.SmallestGroup"/> councils, so the page never points at one council.
/// </summary>
public sealed class IndexModel(RoleMapperDbContext db, MaturityModel maturity) : PageModel
{
    public int? Councils { get; private set; }
    public IReadOnlyList<(EnglishRegion Region, int? Count)> ByRegion { get; private set; } = [];
    public StageAverages National { get; private set; } = null!;
    /// <summary>New councils waiting for the sector team's check (not a sector figure: the team's own work list).</summary>
    public int Unverified { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Councils = SectorThreshold.Shown(await CountedCouncils.Of(db).CountAsync(ct));
        var counts = await CountedCouncils.Of(db).AsNoTracking().GroupBy(o => o.Region)
            .Select(g => new { Region = g.Key, Count = g.Count() }).ToListAsync(ct);
        ByRegion = Enum.GetValues<EnglishRegion>()
            .Select(r => (r, SectorThreshold.Shown(counts.FirstOrDefault(c => c.Region == r)?.Count ?? 0))).ToList();
        Unverified = await db.Organisations.CountAsync(o => o.Status == OrganisationStatus.Unverified, ct);
        National = (await SectorMaturity.LoadAsync(db, maturity, ct)).National;
    }

    public StageChart Chart() => new("national-chart", "National average stage and target by strand",
        National.Strands.Select(s => new StageChartRow(s.Strand.Title, s.Current, s.Target, null,
            $"average {MaturityDisplay.Average(s.Current)}, target {MaturityDisplay.TargetAverage(s.Target)}")).ToList(),
        "Average stage now", "Average target", null);
}
