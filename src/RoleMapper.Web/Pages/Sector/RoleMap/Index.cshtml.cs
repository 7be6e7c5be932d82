using RoleMapper.Core.RoleMap;

namespace RoleMapper.Web.Pages.Sector.RoleMap;

/// <summary>
/// /sector/role-map (sector role): the roles of the sector role map an import flagged for review, each with its
/// reason, then a search over every role to edit one. <see cref="SectorRoleMapEditing"/> is the use case behind it.
/// </summary>
public sealed class IndexModel(SectorRoleMapEditing editing) : PageModel
{
    public const int MaxSearchLength = 100;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public RoleMapReviewList List { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Search = Search?.Trim() is { Length: > 0 } text ? text[..Math.Min(text.Length, MaxSearchLength)] : null;
        List = await editing.ReviewListAsync(Search, ct);
    }
}
