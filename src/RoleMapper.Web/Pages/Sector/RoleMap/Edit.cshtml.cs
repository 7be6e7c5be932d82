using RoleMapper.Core.RoleMap;

namespace RoleMapper.Web.Pages.Sector.RoleMap;

/// <summary>
/// /sector/role-map/{id} (sector role): one role of the map, its review flag, a form to change it, "Checked — still
/// right", and its change log. <see cref="SectorRoleMapEditing"/> checks and logs each change with the sector user's address.
/// </summary>
public sealed class EditModel(SectorRoleMapEditing editing) : PageModel
{
    public const string Notice = "RoleMapNotice";

    public RoleMapEntryView Entry { get; private set; } = null!;

    [BindProperty]
    public RoleMapInput Input { get; set; } = new();

    private string By => HttpContext.Features.Get<CouncilMembership>()!.Email;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Input = RoleMapInput.From(RoleMapForm.From(Entry.Role));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct) =>
        await AfterAsync(id, await editing.SaveAsync(id, Input.ToForm(), By, ct), ct);

    public async Task<IActionResult> OnPostCheckedAsync(string id, CancellationToken ct) =>
        await AfterAsync(id, await editing.MarkCheckedAsync(id, By, ct), ct);

    private async Task<IActionResult> AfterAsync(string id, RoleMapEditResult result, CancellationToken ct)
    {
        switch (result.Outcome)
        {
            case RoleMapEditOutcome.NotFound:
                return NotFound();
            case RoleMapEditOutcome.Saved or RoleMapEditOutcome.Unchanged:
                TempData[Notice] = result.Outcome == RoleMapEditOutcome.Saved ? "Saved. The change is in the log below." : "Nothing changed.";
                return RedirectToPage(new { id });
        }
        ModelState.Clear();
        RoleMapInput.AddProblems(ModelState, result.Problems);
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        // "Checked" from the flag's panel posts no fields: show the role as it is, beside the problem.
        Input = Input.Title is null ? RoleMapInput.From(RoleMapForm.From(Entry.Role)) : Input;
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        Entry = (await editing.EntryAsync(id, ct))!;
        return Entry is not null;
    }
}
