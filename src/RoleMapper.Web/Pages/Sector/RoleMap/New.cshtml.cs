using RoleMapper.Core.RoleMap;

namespace RoleMapper.Web.Pages.Sector.RoleMap;

/// <summary>/sector/role-map/new (sector role): adds a role to the map; its id is made from the title.</summary>
public sealed class NewModel(SectorRoleMapEditing editing) : PageModel
{
    [BindProperty]
    public RoleMapInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await editing.AddAsync(Input.ToForm(), HttpContext.Features.Get<CouncilMembership>()!.Email, ct);
        if (result.Outcome == RoleMapEditOutcome.Saved)
        {
            TempData[EditModel.Notice] = "Added to the map.";
            return RedirectToPage("Edit", new { id = result.Id });
        }
        ModelState.Clear();
        RoleMapInput.AddProblems(ModelState, result.Problems);
        return Page();
    }
}
