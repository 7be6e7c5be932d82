using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RoleMapper.Core.Data;
using RoleMapper.Core.Workspace;
using RoleMapper.Core.Workspace.RoleFiles;
using RoleMapper.Search.Suggestions;
using RoleMapper.Web.Infrastructure;

namespace RoleMapper.Web.Pages.Council.Roles;

/// <summary>/council/roles/new: adds one role, refuses a duplicate (same title and service area), and suggests a standard at once.</summary>
public sealed class CreateModel(RoleMapperDbContext db, RoleSuggestions suggestions, TimeProvider clock) : PageModel
{
    [BindProperty] public RoleInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var role = new JobRole { Title = "", Status = MappingStatus.Unmapped, CreatedUtc = now, UpdatedUtc = now, CreatedByName = HttpContext.Decider().Name };
        Input.ApplyTo(role);
        if (ModelState.IsValid && (await CouncilRoles.ExistingKeysAsync(db, ct)).Contains(role.Key))
        {
            ModelState.AddModelError("Input.Title", RoleFileMessages.AlreadySaved);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.JobRoles.Add(role);
        await db.SaveChangesAsync(ct);
        await suggestions.RefreshAsync(db, [role.Id], ct);
        return LocalRedirect($"/council/roles/{role.Id}");
    }
}
