using RoleMapper.Core.Standards;
namespace RoleMapper.Web.Pages.Council.Roles;

/// <summary>
/// /council/roles/confirm-high?show=&amp;area=&amp;q=: says how many High-confidence suggestions the role list's filters
/// hold and lists some, then confirms them all on request. The same filters, so it confirms what the list showed.
/// </summary>
public sealed class ConfirmHighModel(RoleMapperDbContext db, RoleMapping mapping) : PageModel
{
    public const int Sample = 10;

    [BindProperty(SupportsGet = true, Name = "show")] public string? Show { get; set; }
    [BindProperty(SupportsGet = true, Name = "area")] public string? Area { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Text { get; set; }

    public RoleFilter Filter { get; private set; } = null!;
    public int Count { get; private set; }
    public IReadOnlyList<(int Id, string Title, string? ServiceArea, string Reference)> Examples { get; private set; } = [];
    /// <summary>The names of the examples' suggested standards.</summary>
    public StandardLabels Labels { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Filter = new RoleFilter(Show, Area, Text).Cleaned();
        var query = RoleMapping.HighConfidenceSuggestions(Filter.Apply(db.JobRoles.AsNoTracking()));
        Count = await query.CountAsync(ct);
        Examples = (await query.OrderBy(r => r.ServiceArea).ThenBy(r => r.Title).Take(Sample)
                .Select(r => new { r.Id, r.Title, r.ServiceArea, r.SuggestedReference }).ToListAsync(ct))
            .Select(r => (r.Id, r.Title, r.ServiceArea, r.SuggestedReference!)).ToList();
        Labels = await StandardLabels.LoadAsync(db, Examples.Select(e => e.Reference), ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Filter = new RoleFilter(Show, Area, Text).Cleaned();
        var confirmed = await mapping.ConfirmHighConfidenceAsync(Filter.Apply, HttpContext.Decider(), ct);
        TempData["Done"] = $"{Display.Count(confirmed, "High-confidence suggestion was", "High-confidence suggestions were")} confirmed.";
        return LocalRedirect(Filter.Link("/council/roles"));
    }
}
