using RoleMapper.Core.Workspace.RoleFiles;

namespace RoleMapper.Web.Pages.Council.Roles;

/// <summary>
/// /council/roles/import/{upload}: every row of an uploaded file with its row number and problems, as read at upload,
/// then "save the good rows" (Core's <see cref="RoleUploads"/>: one transaction, and a role someone added meanwhile is
/// not doubled). Another council's upload, or one past its hour, is not found.
/// </summary>
public sealed class PreviewModel(RoleUploads uploads) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true, Name = "problems")] public bool OnlyProblems { get; set; }

    public int UploadId { get; private set; }
    public RoleFilePreview Preview { get; private set; } = null!;
    public IReadOnlyList<RoleFileRow> Shown { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int upload, CancellationToken ct)
    {
        if (await uploads.FindAsync(upload, ct) is not { } preview)
        {
            return NotFound();
        }
        (UploadId, Preview) = (upload, preview);
        var rows = OnlyProblems ? Preview.Rows.Where(r => r.Problems.Count > 0).ToList() : Preview.Rows;
        Pager = new Pager(QueryLinks.PageNumber(Request), PageSize, rows.Count,
            page => QueryLinks.To($"/council/roles/import/{upload}", ("problems", OnlyProblems ? "true" : null), ("page", page == 1 ? null : page)));
        Pager = Pager with { Page = Math.Min(Pager.Page, Pager.TotalPages) };
        Shown = rows.Skip(Pager.Skip).Take(PageSize).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int upload, CancellationToken ct)
    {
        if (await uploads.SaveRolesAsync(upload, HttpContext.Decider().Name, ct) is not { } saved)
        {
            return NotFound();
        }
        TempData["Done"] = $"{Display.Count(saved.Added.Count, "role was", "roles were")} saved from {saved.FileName}."
            + (saved.Skipped > 0 ? $" {Display.Count(saved.Skipped, "row was", "rows were")} not saved." : "");
        return LocalRedirect("/council/roles");
    }

    public async Task<IActionResult> OnPostCancelAsync(int upload, CancellationToken ct)
    {
        await uploads.CancelAsync(upload, ct);
        return LocalRedirect("/council/roles/import");
    }
}
