using RoleMapper.Search.RoleMap;

namespace RoleMapper.Web.Pages.RoleMap;

/// <summary>
/// /role-map: the sector role map, public like the standards. Browse by service area or search the roles' titles and
/// aliases; each role shows its standards best first with the reason, or why no standard fits.
/// </summary>
public sealed class IndexModel(RoleMapCatalogue catalogue) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "area")] public string? Area { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Text { get; set; }

    public RoleMapView Map { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Map = await catalogue.BrowseAsync(Area, Text, ct);
        if (!string.IsNullOrWhiteSpace(Area) && Map.Area is null)
        {
            ModelState.AddModelError("area", "Choose a service area from the list");
        }
    }
}
