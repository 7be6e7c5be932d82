using RoleMapper.Core.Matching;
using RoleMapper.Core.Standards;

namespace RoleMapper.Web.Pages.Council.Roles;

/// <summary>/council/roles: the council's roles with their mapping, filtered and paged by the database.</summary>
public sealed class IndexModel(RoleMapperDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "show")] public string? Show { get; set; }
    [BindProperty(SupportsGet = true, Name = "area")] public string? Area { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Text { get; set; }

    public RoleFilter Filter { get; private set; } = null!;
    public IReadOnlyList<string> Areas { get; private set; } = [];
    public IReadOnlyList<RoleRow> Rows { get; private set; } = [];
    public IReadOnlyDictionary<string, string> StandardTitles { get; private set; } = new Dictionary<string, string>();
    public int AllRoles { get; private set; }
    public int HighConfidence { get; private set; }
    public Pager Pager { get; private set; } = null!;

    public sealed record RoleRow(int Id, string Title, string? ServiceArea, string? Department, int? Headcount, MappingStatus Status,
        bool NeedsReview, string? Primary, string? Suggested, Confidence? Confidence)
    {
        /// <summary>The standard the row shows: the confirmed one, else the suggestion.</summary>
        public string? Reference => Status == MappingStatus.Confirmed ? Primary : Status == MappingStatus.Suggested ? Suggested : null;
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Filter = new RoleFilter(Show, Area, Text).Cleaned();
        AllRoles = await db.JobRoles.CountAsync(ct);
        Areas = await db.JobRoles.Where(r => r.ServiceArea != null).Select(r => r.ServiceArea!).Distinct().OrderBy(a => a).ToListAsync(ct);
        var query = Filter.Apply(db.JobRoles.AsNoTracking());
        HighConfidence = await RoleMapping.HighConfidenceSuggestions(query).CountAsync(ct);
        var total = await query.CountAsync(ct);
        Pager = new Pager(QueryLinks.PageNumber(Request), PageSize, total, page => Filter.Link("/council/roles", page));
        Pager = Pager with { Page = Math.Min(Pager.Page, Pager.TotalPages) };
        Rows = await query.OrderBy(r => r.ServiceArea).ThenBy(r => r.Title).ThenBy(r => r.Id)
            .Skip(Pager.Skip).Take(PageSize)
            .Select(r => new RoleRow(r.Id, r.Title, r.ServiceArea, r.Department, r.Headcount, r.Status, r.NeedsReview,
                r.Standards.Where(s => s.Kind == RoleStandardKind.Primary).Select(s => s.Reference).FirstOrDefault(),
                r.SuggestedReference, r.SuggestedConfidence))
            .ToListAsync(ct);
        var references = Rows.Select(r => r.Reference).OfType<string>().Distinct().ToList();
        StandardTitles = await db.CurrentStandardVersions().AsNoTracking().Where(v => references.Contains(v.Reference))
            .ToDictionaryAsync(v => v.Reference, v => v.Title, ct);
    }
}
