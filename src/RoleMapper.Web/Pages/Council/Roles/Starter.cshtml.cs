namespace RoleMapper.Web.Pages.Council.Roles;

/// <summary>
/// /council/roles/starter: a new council picks service areas (or all) of the sector role map and gets their roles, each
/// with the map's standard as a suggestion, never confirmed (Core's <see cref="StarterRoles"/>). Roles it already has are
/// skipped.
/// </summary>
public sealed class StarterModel(StarterRoles starter) : PageModel
{
    [BindProperty] public List<string> Areas { get; set; } = [];

    public IReadOnlyList<StarterArea> Choices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Choices = await starter.AreasAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await starter.AddAsync(Areas, HttpContext.Decider().Name, ct);
        if (outcome.Chosen == 0)
        {
            ModelState.AddModelError(nameof(Areas), "Select at least one service area, or all of them.");
            Choices = await starter.AreasAsync(ct);
            return Page();
        }
        TempData["Done"] = $"{Display.Count(outcome.Added, "role was", "roles were")} added from the sector role map, each with the map's standard as a suggestion to check."
            + (outcome.AddedWithoutStandard > 0 ? $" The map says no standard fits {outcome.AddedWithoutStandard} of them, so {(outcome.AddedWithoutStandard == 1 ? "it has" : "they have")} no suggestion." : "")
            + (outcome.AlreadySaved > 0 ? $" {Display.Count(outcome.AlreadySaved, "role was", "roles were")} already saved, so skipped." : "");
        return LocalRedirect("/council/roles");
    }
}
