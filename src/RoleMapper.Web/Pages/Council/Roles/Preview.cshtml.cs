using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Workspace;
using RoleMapper.Core.Workspace.RoleFiles;
using RoleMapper.Search.Suggestions;
using RoleMapper.Web.Infrastructure;

namespace RoleMapper.Web.Pages.Council.Roles;

/// <summary>
/// /council/roles/import/{upload}: every row of an uploaded file with its row number and problems, then "save the good
/// rows". The file is read again from the kept upload on each request, against the roles saved by then, so a role
/// someone added meanwhile is not doubled. Another council's upload, or one past its hour, is not found.
/// </summary>
public sealed class PreviewModel(RoleMapperDbContext db, RoleSuggestions suggestions, TimeProvider clock) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true, Name = "problems")] public bool OnlyProblems { get; set; }

    public int UploadId { get; private set; }
    public RoleFilePreview Preview { get; private set; } = null!;
    public IReadOnlyList<RoleFileRow> Shown { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int upload, CancellationToken ct)
    {
        if (await ReadAsync(upload, ct) is null)
        {
            return NotFound();
        }
        var rows = OnlyProblems ? Preview.Rows.Where(r => r.Problems.Count > 0).ToList() : Preview.Rows;
        Pager = new Pager(QueryLinks.PageNumber(Request), PageSize, rows.Count,
            page => QueryLinks.To($"/council/roles/import/{upload}", ("problems", OnlyProblems ? "true" : null), ("page", page == 1 ? null : page)));
        Pager = Pager with { Page = Math.Min(Pager.Page, Pager.TotalPages) };
        Shown = rows.Skip(Pager.Skip).Take(PageSize).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int upload, CancellationToken ct)
    {
        if (await ReadAsync(upload, ct) is not { } kept)
        {
            return NotFound();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var added = await CouncilRoles.AddAsync(db, Preview.ImportableRows, HttpContext.Decider().Name, now, ct);
        db.RoleUploads.Remove(kept);
        await db.SaveChangesAsync(ct);
        await suggestions.RefreshAsync(db, added.Select(r => r.Id).ToList(), ct);
        var skipped = Preview.Rows.Count - added.Count;
        TempData["Done"] = $"{Display.Count(added.Count, "role was", "roles were")} saved from {Preview.FileName}."
            + (skipped > 0 ? $" {Display.Count(skipped, "row was", "rows were")} not saved." : "");
        return LocalRedirect("/council/roles");
    }

    public async Task<IActionResult> OnPostCancelAsync(int upload, CancellationToken ct)
    {
        await db.RoleUploads.Where(u => u.Id == upload).ExecuteDeleteAsync(ct);
        return LocalRedirect("/council/roles/import");
    }

    private async Task<RoleUpload?> ReadAsync(int upload, CancellationToken ct)
    {
        var expired = clock.GetUtcNow().UtcDateTime - RoleUpload.Lifetime;
        var kept = await db.RoleUploads.FirstOrDefaultAsync(u => u.Id == upload && u.CreatedUtc >= expired, ct);
        if (kept is null)
        {
            return null;
        }
        UploadId = kept.Id;
        Preview = RoleFileReader.Read(new MemoryStream(kept.Content), kept.FileName, await CouncilRoles.ExistingKeysAsync(db, ct));
        return kept;
    }
}
