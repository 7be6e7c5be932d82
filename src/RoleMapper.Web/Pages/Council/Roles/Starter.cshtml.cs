using RoleMapper.Core.Workspace.RoleFiles;

namespace RoleMapper.Web.Pages.Council.Roles;

/// <summary>
/// /council/roles/starter: a new council picks service areas (or all) from the starter catalogue of common council
/// roles (data/council-roles.csv) and gets those roles, with suggestions. Roles it already has are skipped.
/// </summary>
public sealed class StarterModel(CouncilRoles roles) : PageModel
{
    /// <summary>The catalogue ships with the app and never changes while it runs.</summary>
    private static readonly Lazy<IReadOnlyList<RoleFileRow>> Catalogue = new(() => StarterCatalogue.Load());

    [BindProperty] public List<string> Areas { get; set; } = [];

    public sealed record AreaChoice(string Name, int Roles, int AlreadySaved);

    public IReadOnlyList<AreaChoice> Choices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var chosen = Areas.Contains("all") ? Catalogue.Value : Catalogue.Value.Where(r => Areas.Contains(r.ServiceArea!)).ToList();
        if (chosen.Count == 0)
        {
            ModelState.AddModelError(nameof(Areas), "Select at least one service area, or all of them.");
            await LoadAsync(ct);
            return Page();
        }
        var added = await roles.AddAsync(chosen, HttpContext.Decider().Name, ct);
        var skipped = chosen.Count - added.Count;
        TempData["Done"] = $"{Display.Count(added.Count, "role was", "roles were")} added from the list of common council roles."
            + (skipped > 0 ? $" {Display.Count(skipped, "role was", "roles were")} already saved, so skipped." : "");
        return LocalRedirect("/council/roles");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var saved = await roles.SavedKeysAsync(ct);
        Choices = Catalogue.Value.GroupBy(r => r.ServiceArea!)
            .Select(g => new AreaChoice(g.Key, g.Count(), g.Count(r => saved.Contains(r.Key))))
            .ToList();
    }
}
