using RoleMapper.Core.Workspace.RoleFiles;

namespace RoleMapper.Web.Pages.Council.Roles;

/// <summary>
/// /council/roles/import/{upload}: every row of an uploaded file with its row number and problems, as read at upload,
/// and what saving it does to the council's roles: new roles, saved roles updated (old → new), unchanged, and saved
/// roles the file does not name, which the person keeps or removes. Then "save" (Core's <see cref="RoleUploads"/>: one
/// transaction, compared again at saving so nothing is doubled). Another council's upload, or one past its hour, is not
/// found.
/// </summary>
public sealed class PreviewModel(RoleUploads uploads) : PageModel
{
    public const int PageSize = 100;
    /// <summary>Saved roles not in the file listed by name; past this the page gives the count.</summary>
    public const int NotInFileListed = 100;

    [BindProperty(SupportsGet = true, Name = "problems")] public bool OnlyProblems { get; set; }
    [BindProperty(SupportsGet = true, Name = "changes")] public bool OnlyChanges { get; set; }

    [BindProperty] public RolesNotInFile NotInFile { get; set; } = RolesNotInFile.Keep;
    [BindProperty] public bool ConfirmRemoval { get; set; }

    public int UploadId { get; private set; }
    public RoleFilePreview Preview { get; private set; } = null!;
    public RoleFileChanges Changes { get; private set; } = null!;
    public IReadOnlyList<RowChange> Shown { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int upload, CancellationToken ct) =>
        await LoadAsync(upload, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int upload, CancellationToken ct)
    {
        if (NotInFile == RolesNotInFile.Remove && !ConfirmRemoval)
        {
            ModelState.AddModelError(nameof(ConfirmRemoval), "Tick the box to confirm that the saved roles not in this file are to be removed, or choose to keep them.");
            return await LoadAsync(upload, ct) ? Page() : NotFound();
        }
        if (await uploads.SaveRolesAsync(upload, NotInFile, HttpContext.Decider().Name, ct) is not { } saved)
        {
            return NotFound();
        }
        TempData["Done"] = Done(saved);
        return LocalRedirect("/council/roles");
    }

    public async Task<IActionResult> OnPostCancelAsync(int upload, CancellationToken ct)
    {
        await uploads.CancelAsync(upload, ct);
        return LocalRedirect("/council/roles/import");
    }

    private async Task<bool> LoadAsync(int upload, CancellationToken ct)
    {
        if (await uploads.FindAsync(upload, ct) is not { } found)
        {
            return false;
        }
        (UploadId, Preview, Changes) = (upload, found.Preview, found.Changes);
        var rows = Changes.Rows.Where(r => (!OnlyProblems || r.Row.Problems.Count > 0)
            && (!OnlyChanges || r.Outcome is RowOutcome.New or RowOutcome.Updated)).ToList();
        Pager = new Pager(QueryLinks.PageNumber(Request), PageSize, rows.Count,
            page => QueryLinks.To($"/council/roles/import/{upload}", ("problems", OnlyProblems ? "true" : null),
                ("changes", OnlyChanges ? "true" : null), ("page", page == 1 ? null : page)));
        Pager = Pager with { Page = Math.Min(Pager.Page, Pager.TotalPages) };
        Shown = rows.Skip(Pager.Skip).Take(PageSize).ToList();
        return true;
    }

    private static string Done(SavedUpload saved)
    {
        var roles = saved.Roles;
        var parts = new List<string> { $"{Display.Count(roles.Added.Count, "role was", "roles were")} added from {saved.FileName}." };
        if (roles.Updated > 0)
        {
            parts.Add($"{Display.Count(roles.Updated, "role was", "roles were")} updated.");
        }
        if (roles.Unchanged > 0)
        {
            parts.Add($"{Display.Count(roles.Unchanged, "role was", "roles were")} unchanged.");
        }
        if (roles.Skipped > 0)
        {
            parts.Add($"{Display.Count(roles.Skipped, "row was", "rows were")} not saved.");
        }
        if (roles.Removed.Count > 0)
        {
            parts.Add($"{Display.Count(roles.Removed.Count, "role", "roles")} not in the file {(roles.Removed.Count == 1 ? "was" : "were")} removed.");
        }
        return string.Join(" ", parts);
    }
}
