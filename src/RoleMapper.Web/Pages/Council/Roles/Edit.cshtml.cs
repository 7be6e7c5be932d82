using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Workspace;
using RoleMapper.Core.Workspace.RoleFiles;
using RoleMapper.Search.Suggestions;

namespace RoleMapper.Web.Pages.Council.Roles;

/// <summary>/council/roles/{id}/edit: changes a role's details. A new title gets a fresh suggestion; decisions already made stay.</summary>
public sealed class EditModel(RoleMapperDbContext db, RoleSuggestions suggestions, TimeProvider clock) : PageModel
{
    [BindProperty] public RoleInput Input { get; set; } = new();

    public int RoleId { get; private set; }
    /// <summary>The title as saved, for the breadcrumbs, whatever was typed.</summary>
    public string SavedTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        // Another council's role is simply not found: the tenancy filter hides it.
        if (await db.JobRoles.FirstOrDefaultAsync(r => r.Id == id, ct) is not { } role)
        {
            return NotFound();
        }
        (RoleId, SavedTitle, Input) = (role.Id, role.Title, RoleInput.From(role));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await db.JobRoles.FirstOrDefaultAsync(r => r.Id == id, ct) is not { } role)
        {
            return NotFound();
        }
        (RoleId, SavedTitle) = (role.Id, role.Title);
        var oldTitle = role.Title;
        Input.ApplyTo(role);
        if (ModelState.IsValid && await IsDuplicateAsync(role, ct))
        {
            ModelState.AddModelError("Input.Title", RoleFileMessages.AlreadySaved);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        role.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        if (!string.Equals(oldTitle, role.Title, StringComparison.Ordinal))
        {
            await suggestions.RefreshAsync(db, [role.Id], ct);
        }
        return LocalRedirect($"/council/roles/{role.Id}");
    }

    private async Task<bool> IsDuplicateAsync(JobRole role, CancellationToken ct)
    {
        var others = await db.JobRoles.AsNoTracking().Where(r => r.Id != role.Id)
            .Select(r => new { r.Title, r.ServiceArea, r.Department }).ToListAsync(ct);
        return others.Any(r => new RoleKey(r.Title, r.ServiceArea, r.Department) == role.Key);
    }
}
