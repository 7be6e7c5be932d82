using RoleMapper.Core.Standards;

namespace RoleMapper.Web.Pages.Standards;

/// <summary>
/// /standards: every standard (its current version) with filters, a text filter, sorting and paging, all done by the
/// database. Unknown filter values get a message and are ignored rather than failing the page.
/// </summary>
public sealed class IndexModel(RoleMapperDbContext db, CatalogueFactsCache facts) : PageModel
{
    public const int PageSize = 25;

    public static readonly IReadOnlyList<(string Value, string Text)> Statuses =
    [
        ("approved", "Approved for delivery"), ("paused", "Paused for new starts"), ("retired", "Retired"),
        ("withdrawn", "Withdrawn"), ("development", "In development"), ("removed", "No longer in the feed"), ("all", "Any status"),
    ];

    public static readonly IReadOnlyList<(string Value, string Text)> Sorts =
    [
        ("title", "Title (A to Z)"), ("reference", "Reference"), ("level", "Level (lowest first)"),
        ("duration", "Typical duration (shortest first)"), ("funding", "Maximum funding (highest first)"),
    ];

    [BindProperty(SupportsGet = true, Name = "q")] public string? Text { get; set; }
    [BindProperty(SupportsGet = true, Name = "level")] public int? Level { get; set; }
    [BindProperty(SupportsGet = true, Name = "route")] public string? Route { get; set; }
    // Nullable: a non-nullable string would be implicitly [Required], and a plain /standards would be an error.
    [BindProperty(SupportsGet = true, Name = "status")] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "sort")] public string? Sort { get; set; }

    public CatalogueFacts Facts { get; private set; } = null!;
    public IReadOnlyList<StandardRow> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    public sealed record StandardRow(string Reference, string Title, int Level, string Route, StandardStatus Status,
        bool Paused, bool Removed, int TypicalDurationMonths, int MaxFunding);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Facts = await facts.GetAsync(ct);
        CheckInput();
        var query = Filter(db.CurrentStandardVersions().AsNoTracking());
        var total = await query.CountAsync(ct);
        Pager = new Pager(QueryLinks.PageNumber(Request), PageSize, total, Link);
        Pager = Pager with { Page = Math.Min(Pager.Page, Pager.TotalPages) };
        Rows = await Order(query).Skip(Pager.Skip).Take(PageSize)
            .Select(v => new StandardRow(v.Reference, v.Title, v.Level, v.Route, v.Status, v.PausedForStarts,
                v.RemovedFromFeedUtc != null, v.TypicalDurationMonths, v.MaxFunding))
            .ToListAsync(ct);
    }

    private void CheckInput()
    {
        Text = Text?.Trim() is { Length: > 0 } t ? t[..Math.Min(t.Length, 100)] : null;
        if (Level is { } level && !Facts.Levels.Contains(level))
        {
            ModelState.AddModelError("level", "Choose a level from the list.");
            Level = null;
        }
        if (!string.IsNullOrEmpty(Route) && !Facts.Routes.Contains(Route))
        {
            ModelState.AddModelError("route", "Choose a route from the list.");
            Route = null;
        }
        if (Status is not null && !Statuses.Any(s => s.Value == Status))
        {
            ModelState.AddModelError("status", "Choose a status from the list.");
            Status = null;
        }
        if (Sort is not null && !Sorts.Any(s => s.Value == Sort))
        {
            ModelState.AddModelError("sort", "Choose how to sort from the list.");
            Sort = null;
        }
        Status ??= "approved";
        Sort ??= "title";
    }

    private IQueryable<StandardVersion> Filter(IQueryable<StandardVersion> query)
    {
        if (Text is { } text)
        {
            // Lower-cased on both sides: a case-insensitive "contains" that SQLite and PostgreSQL both translate
            // (the StringComparison overloads the analyzer suggests do not translate).
            var lower = text.ToLowerInvariant();
            var reference = text.ToUpperInvariant();
#pragma warning disable CA1862
            query = query.Where(v => v.Title.ToLower().Contains(lower) || v.Reference == reference
                || v.JobTitles.Any(j => j.ToLower().Contains(lower)));
#pragma warning restore CA1862
        }
        if (Level is { } level)
        {
            query = query.Where(v => v.Level == level);
        }
        if (!string.IsNullOrEmpty(Route))
        {
            query = query.Where(v => v.Route == Route);
        }
        return Status switch
        {
            "approved" => query.Where(v => v.Status == StandardStatus.ApprovedForDelivery && v.RemovedFromFeedUtc == null),
            "paused" => query.Where(v => v.Status == StandardStatus.ApprovedForDelivery && v.RemovedFromFeedUtc == null && v.PausedForStarts),
            "retired" => query.Where(v => v.Status == StandardStatus.Retired),
            "withdrawn" => query.Where(v => v.Status == StandardStatus.Withdrawn),
            "development" => query.Where(v => v.Status == StandardStatus.InDevelopment
                || v.Status == StandardStatus.ProposalInDevelopment || v.Status == StandardStatus.PotentialStandard),
            "removed" => query.Where(v => v.RemovedFromFeedUtc != null),
            _ => query,
        };
    }

    private IQueryable<StandardVersion> Order(IQueryable<StandardVersion> query) => Sort switch
    {
        "reference" => query.OrderBy(v => v.Reference),
        "level" => query.OrderBy(v => v.Level).ThenBy(v => v.Title),
        "duration" => query.OrderBy(v => v.TypicalDurationMonths).ThenBy(v => v.Title),
        "funding" => query.OrderByDescending(v => v.MaxFunding).ThenBy(v => v.Title),
        _ => query.OrderBy(v => v.Title).ThenBy(v => v.Reference),
    };

    private string Link(int page) => QueryLinks.To("/standards", ("q", Text), ("level", Level), ("route", Route),
        ("status", Status == "approved" ? null : Status), ("sort", Sort == "title" ? null : Sort), ("page", page == 1 ? null : page));

    public static (string Text, string Css) StatusTag(StandardStatus status, bool paused, bool removed) =>
        removed ? ("No longer in the feed", "tag--red")
        : status == StandardStatus.ApprovedForDelivery && paused ? ("Paused for new starts", "tag--amber")
        : status switch
        {
            StandardStatus.ApprovedForDelivery => ("Approved for delivery", "tag--green"),
            StandardStatus.Retired or StandardStatus.Withdrawn => (status.Display(), "tag--grey"),
            _ => (status.Display(), "tag--blue"),
        };
}
