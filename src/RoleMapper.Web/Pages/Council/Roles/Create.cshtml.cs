using RoleMapper.Core.Workspace.RoleFiles;

namespace RoleMapper.Web.Pages.Council.Roles;

/// <summary>/council/roles/new: adds one role, refuses a duplicate (same title and service area), and suggests a standard at once.</summary>
public sealed class CreateModel(CouncilRoles roles) : PageModel
{
    [BindProperty] public RoleInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var added = await roles.AddAsync([Input.ToDetails()], HttpContext.Decider().Name, ct);
        if (added.Count == 0)
        {
            ModelState.AddModelError("Input.Title", RoleFileMessages.AlreadySaved);
            return Page();
        }
        return LocalRedirect($"/council/roles/{added[0].Id}");
    }
}
