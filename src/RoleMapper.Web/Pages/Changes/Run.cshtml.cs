using RoleMapper.Core.Standards;
using RoleMapper.Core.StandardsFeed;

namespace RoleMapper.Web.Pages.Changes;

/// <summary>/changes/{run}: every line of one import's change log, filtered by kind and paged.</summary>
public sealed class RunModel(RoleMapperDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "kind")] public ChangeKind? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "status")] public StandardStatus? Status { get; set; }

    public DateOnly FeedDate { get; private set; }
    public DateTime StartedUtc { get; private set; }
    public IReadOnlyList<IndexModel.ChangeLine> Lines { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int runId, CancellationToken ct)
    {
        var run = await db.ImportRuns.AsNoTracking().Where(r => r.Id == runId)
            .Select(r => new { r.FeedDate, r.StartedUtc }).FirstOrDefaultAsync(ct);
        if (run is null)
        {
            return NotFound();
        }
        (FeedDate, StartedUtc) = (run.FeedDate, run.StartedUtc);
        // An unreadable kind or status in a hand-edited link just shows everything.
        if (!ModelState.IsValid)
        {
            (Kind, Status) = (null, null);
            ModelState.Clear();
        }
        var changes = db.StandardChanges.AsNoTracking().Where(c => c.ImportRunId == runId);
        if (Kind is { } kind)
        {
            changes = changes.Where(c => c.Kind == kind);
        }
        if (Status is { } status)
        {
            changes = changes.Where(c => c.NewStatus == status);
        }
        Pager = new Pager(QueryLinks.PageNumber(Request), PageSize, await changes.CountAsync(ct),
            p => QueryLinks.To($"/changes/{runId}", ("kind", Kind), ("status", Status), ("page", p == 1 ? null : p)));
        Pager = Pager with { Page = Math.Min(Pager.Page, Pager.TotalPages) };
        Lines = await changes.OrderBy(c => c.Reference).ThenBy(c => c.Version).Skip(Pager.Skip).Take(PageSize)
            .Select(c => new IndexModel.ChangeLine(c.Reference, c.Version, c.Title, c.Kind, c.OldStatus, c.NewStatus, c.Detail))
            .ToListAsync(ct);
        return Page();
    }
}
