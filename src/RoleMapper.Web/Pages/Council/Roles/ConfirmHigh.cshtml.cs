using RoleMapper.Core.Standards;

namespace RoleMapper.Web.Pages.Council.Roles;

/// <summary>
/// /council/roles/confirm-high?show=&amp;area=&amp;q=: lists every role of the role list's filters with a High-confidence
/// suggestion, with the standard's current title and level and the suggestion's reason, each ticked; the person unticks
/// any they do not want and confirms the rest. Core confirms only the ticked roles that are still High-confidence
/// suggestions of the standard shown, within the same filters (<see cref="RoleMapping.ConfirmHighConfidenceAsync"/>). <c>select=none</c> shows
/// them all unticked, so "select none" works without script.
/// </summary>
public sealed class ConfirmHighModel(RoleMapperDbContext db, RoleMapping mapping) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "show")] public string? Show { get; set; }
    [BindProperty(SupportsGet = true, Name = "area")] public string? Area { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Text { get; set; }
    [BindProperty(SupportsGet = true, Name = "select")] public string? Select { get; set; }
    /// <summary>The roles ticked, each with the standard shown for it (<see cref="ChosenSuggestion"/>).</summary>
    [BindProperty] public List<string> Chosen { get; set; } = [];

    public sealed record Row(int Id, string Title, string? ServiceArea, string Reference, string? StandardTitle, int? Level, string? Reason);

    public RoleFilter Filter { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool TickedByDefault => !string.Equals(Select, "none", StringComparison.OrdinalIgnoreCase);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Filter = new RoleFilter(Show, Area, Text).Cleaned();
        var roles = await RoleMapping.HighConfidenceSuggestions(Filter.Apply(db.JobRoles.AsNoTracking()))
            .OrderBy(r => r.ServiceArea).ThenBy(r => r.Title).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.Title, r.ServiceArea, Reference = r.SuggestedReference!, r.SuggestedReason })
            .ToListAsync(ct);
        var references = roles.Select(r => r.Reference).Distinct().ToList();
        // The standard's current version (approved, else latest): a renamed standard shows the name it has today.
        var standards = (await db.CurrentStandardVersions().AsNoTracking().Where(v => references.Contains(v.Reference))
                .Select(v => new { v.Reference, v.Title, v.Level }).ToListAsync(ct))
            .ToDictionary(v => v.Reference, StringComparer.OrdinalIgnoreCase);
        Rows = roles.Select(r => standards.GetValueOrDefault(r.Reference) is { } s
                ? new Row(r.Id, r.Title, r.ServiceArea, r.Reference, s.Title, s.Level, r.SuggestedReason)
                : new Row(r.Id, r.Title, r.ServiceArea, r.Reference, null, null, r.SuggestedReason))
            .ToList();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Filter = new RoleFilter(Show, Area, Text).Cleaned();
        var confirmed = await mapping.ConfirmHighConfidenceAsync(Filter.Apply, ChosenSuggestion.ParseAll(Chosen), HttpContext.Decider(), ct);
        TempData["Done"] = $"{Display.Count(confirmed, "High-confidence suggestion was", "High-confidence suggestions were")} confirmed.";
        return LocalRedirect(Filter.Link("/council/roles"));
    }
}
