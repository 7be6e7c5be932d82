using RoleMapper.Core.Workspace.RoleFiles;

namespace RoleMapper.Web.Pages.Council.Roles;

/// <summary>/council/roles/{id}/edit: changes a role's details. A new title gets a fresh suggestion; decisions already made stay.</summary>
public sealed class EditModel(RoleMapperDbContext db, CouncilRoles roles) : PageModel
{
    [BindProperty] public RoleInput Input { get; set; } = new();

    public int RoleId { get; private set; }
    /// <summary>The title as saved, for the breadcrumbs, whatever was typed.</summary>
    public string SavedTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } role)
        {
            return NotFound();
        }
        Input = RoleInput.From(role);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        switch (await roles.ChangeAsync(id, Input.ToDetails(), ct))
        {
            case null:
                return NotFound();
            case RoleChange.Duplicate:
                ModelState.AddModelError("Input.Title", RoleFileMessages.AlreadySaved);
                return Page();
            default:
                return LocalRedirect($"/council/roles/{id}");
        }
    }

    /// <summary>Another council's role is simply not found: the tenancy filter hides it.</summary>
    private async Task<RoleDetails?> FindAsync(int id, CancellationToken ct)
    {
        if (await db.JobRoles.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is not { } role)
        {
            return null;
        }
        (RoleId, SavedTitle) = (role.Id, role.Title);
        return RoleDetails.Of(role);
    }
}
