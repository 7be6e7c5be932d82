namespace RoleMapper.Web.ViewComponents;

/// <summary>
/// The dashboard's skills-gaps and Excel-map panel: gaps not yet closed, the export button and the last export. A view
/// component so the dashboard page needs one line for it, and its own figures stay with the gaps and exports pages.
/// </summary>
public sealed class GapsAndExportPanelViewComponent(RoleMapperDbContext db) : ViewComponent
{
    public sealed record LastExport(int Id, DateTime CreatedUtc, string? CreatedBy, string FileName);

    public sealed record Panel(int Open, int OpenHigh, int PlanInPlace, int Closed, LastExport? LastExport);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        var counts = await db.SkillsGaps.GroupBy(g => new { g.Status, High = g.Priority == GapPriority.High })
            .Select(g => new { g.Key.Status, g.Key.High, Count = g.Count() }).ToListAsync(ct);
        var last = await db.MapExports.AsNoTracking().OrderByDescending(e => e.CreatedUtc).ThenByDescending(e => e.Id)
            .Select(e => new LastExport(e.Id, e.CreatedUtc, e.CreatedByName, e.FileName)).FirstOrDefaultAsync(ct);
        int Count(GapStatus status, bool? high = null) => counts.Where(c => c.Status == status && (high is null || c.High == high)).Sum(c => c.Count);
        return View("~/Pages/Council/_GapsAndExportPanel.cshtml",
            new Panel(Count(GapStatus.Open), Count(GapStatus.Open, high: true), Count(GapStatus.PlanInPlace), Count(GapStatus.Closed), last));
    }
}
