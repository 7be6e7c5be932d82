using RoleMapper.Core.Accounts;
using RoleMapper.Core.Maturity;
using RoleMapper.Core.Sector;

namespace RoleMapper.Web.Pages.Council.Maturity;

/// <summary>
/// /council/maturity/summary[?id=]: one assessment (the latest by default) on one printable A4 page: each strand's
/// stage and target as a table and a chart, beside the sector's averages (national, and the council's type and
/// region when those groups have at least five councils).
/// </summary>
public sealed class SummaryModel(RoleMapperDbContext db, MaturityModel maturity) : PageModel
{
    public AssessmentView? View { get; private set; }
    public string CouncilName { get; private set; } = "";
    public SectorMaturity Sector { get; private set; } = null!;
    public StageAverages ByType { get; private set; } = null!;
    public StageAverages ByRegion { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery] int? id, CancellationToken ct)
    {
        View = await AssessmentView.LoadAsync(db, maturity, id, ct);
        if (View is null && id is not null)
        {
            return NotFound();
        }
        var organisationId = HttpContext.Features.Get<CouncilMembership>()!.OrganisationId!.Value;
        var council = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => new { o.Name, o.Type, o.Region }).SingleAsync(ct);
        CouncilName = council.Name;
        Sector = await SectorMaturity.LoadAsync(db, maturity, ct);
        (ByType, ByRegion) = (Sector.ByType[council.Type], Sector.ByRegion[council.Region]);
        return Page();
    }

    /// <summary>The council's stages against the national averages, in words under each bar as well as drawn.</summary>
    public StageChart Chart()
    {
        var rows = View!.Strands.Select((s, i) =>
        {
            var national = Sector.National.Strands[i].Current;
            var words = $"{s.Stage.DisplayText}, target {MaturityDisplay.Target(s.Target)}, national average {MaturityDisplay.Average(national)}";
            return new StageChartRow(s.Strand.Title, (double)s.Stage.Reached, (double?)s.Target, national, words);
        }).ToList();
        return new StageChart("summary-chart", $"{CouncilName}: stage and target by strand", rows,
            "Stage now", "Target for next year", Sector.National.IsShown ? "National average" : null);
    }
}
