using RoleMapper.Core.Mot;

namespace RoleMapper.Web.Pages.Council.Mot;

/// <summary>/council/mot[?id=]: the council's published MOT reports, the latest (or the one asked for) shown in full, printable.</summary>
public sealed class IndexModel(MotReviews mots) : PageModel
{
    public IReadOnlyList<MotSummary> Published { get; private set; } = [];
    public MotReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] int? id, CancellationToken ct)
    {
        Published = await mots.PublishedForCurrentCouncilAsync(ct);
        Report = id is { } asked
            ? await mots.PublishedReportForCurrentCouncilAsync(asked, ct)
            : await mots.LatestPublishedForCurrentCouncilAsync(ct);
        return id is not null && Report is null ? NotFound() : Page();
    }
}
