using RoleMapper.Core.Maturity;

namespace RoleMapper.Web.ViewComponents;

/// <summary>
/// The dashboard's maturity panel: the latest self-assessment's stage per strand, or an invitation to make one. A view
/// component, so the dashboard gains it with one line and its page model stays the workspace's.
/// </summary>
public sealed class MaturityPanelViewComponent(RoleMapperDbContext db, MaturityModel maturity) : ViewComponent
{
    public sealed record Panel(DateOnly? AssessedOn, IReadOnlyList<(MaturityStrand Strand, StageResult Stage, MaturityLevel? Target)> Strands);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var latest = await db.MaturityAssessments.AsNoTracking().NewestFirst().FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (latest is null)
        {
            return View(new Panel(null, []));
        }
        var assessment = latest.ToAssessment();
        return View(new Panel(latest.AssessedOn, maturity.Strands.Select(s => (s, assessment.StageOf(s), assessment.TargetFor(s))).ToList()));
    }
}
