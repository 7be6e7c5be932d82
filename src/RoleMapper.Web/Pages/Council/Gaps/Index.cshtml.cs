using RoleMapper.Core;
using RoleMapper.Core.Standards;

namespace RoleMapper.Web.Pages.Council.Gaps;

/// <summary>
/// /council/gaps?status=&amp;priority=&amp;area=&amp;role=&amp;hardToFill=&amp;succession=&amp;page=: the council's skills
/// gaps, highest priority and soonest target first, filtered and paged by the database. The service-area filter finds
/// gaps recorded against the area and against its roles. Unknown filter values get a message and are ignored.
/// </summary>
public sealed class IndexModel(RoleMapperDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "status")] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "priority")] public string? Priority { get; set; }
    [BindProperty(SupportsGet = true, Name = "area")] public string? Area { get; set; }
    [BindProperty(SupportsGet = true, Name = "role")] public int? Role { get; set; }
    [BindProperty(SupportsGet = true, Name = "hardToFill")] public bool HardToFill { get; set; }
    [BindProperty(SupportsGet = true, Name = "succession")] public bool Succession { get; set; }

    public sealed record GapRow(int Id, string Description, string? RoleTitle, string? ServiceArea, GapPriority Priority,
        int? PostsAffected, bool HardToFill, bool SuccessionRisk, List<string> LinkedStandards, GapStatus Status, DateOnly? TargetDate);

    public IReadOnlyList<GapRow> Rows { get; private set; } = [];
    /// <summary>The names of the standards the page's gaps link to.</summary>
    public StandardLabels Labels { get; private set; } = null!;
    public Pager Pager { get; private set; } = null!;
    public IReadOnlyList<string> Areas { get; private set; } = [];
    public IReadOnlyList<(string Value, string Text)> Roles { get; private set; } = [];
    public int AllGaps { get; private set; }
    public DateOnly Today { get; private set; }
    public bool Filtered => Status is not null || Priority is not null || Area is not null || Role is not null || HardToFill || Succession;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = UkTime.Today(clock);
        AllGaps = await db.SkillsGaps.CountAsync(ct);
        var areas = await db.SkillsGaps.Select(g => g.JobRole != null ? g.JobRole.ServiceArea : g.ServiceArea).Distinct().ToListAsync(ct);
        Areas = [.. areas.OfType<string>().Order(StringComparer.OrdinalIgnoreCase)];
        var roles = await db.SkillsGaps.Where(g => g.JobRole != null)
            .Select(g => new { g.JobRole!.Id, g.JobRole.Title }).Distinct().ToListAsync(ct);
        Roles = [.. roles.OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase).Select(r => (r.Id.ToString(Display.EnGb), r.Title))];
        var query = Filter(db.SkillsGaps.AsNoTracking(), CheckInput());

        Pager = new Pager(QueryLinks.PageNumber(Request), PageSize, await query.CountAsync(ct), Link);
        Pager = Pager with { Page = Math.Min(Pager.Page, Pager.TotalPages) };
        Rows = await query
            // Enums are stored as their names, so the database is told the order rather than sorting the words.
            .OrderBy(g => g.Priority == GapPriority.High ? 0 : g.Priority == GapPriority.Medium ? 1 : 2)
            .ThenBy(g => g.Status == GapStatus.Open ? 0 : g.Status == GapStatus.PlanInPlace ? 1 : 2)
            .ThenBy(g => g.TargetDate == null)
            .ThenBy(g => g.TargetDate)
            .ThenBy(g => g.Id)
            .Skip(Pager.Skip).Take(PageSize)
            .Select(g => new GapRow(g.Id, g.Description, g.JobRole != null ? g.JobRole.Title : null,
                g.JobRole != null ? g.JobRole.ServiceArea : g.ServiceArea, g.Priority, g.PostsAffected, g.HardToFill,
                g.SuccessionRisk, g.LinkedStandards, g.Status, g.TargetDate))
            .ToListAsync(ct);
        Labels = await StandardLabels.LoadAsync(db, Rows.SelectMany(r => r.LinkedStandards), ct);
    }

    private (GapStatus? Status, GapPriority? Priority) CheckInput()
    {
        GapStatus? status = null;
        GapPriority? priority = null;
        if (Status is not null && !Known(Status, out status))
        {
            ModelState.AddModelError("status", "Choose a status from the list.");
            Status = null;
        }
        if (Priority is not null && !Known(Priority, out priority))
        {
            ModelState.AddModelError("priority", "Choose a priority from the list.");
            Priority = null;
        }
        if (Area is not null && !Areas.Contains(Area))
        {
            ModelState.AddModelError("area", "Choose a service area from the list.");
            Area = null;
        }
        if (Role is { } role && !Roles.Any(r => r.Value == role.ToString(Display.EnGb)))
        {
            ModelState.AddModelError("role", "Choose a role from the list.");
            Role = null;
        }
        return (status, priority);
    }

    /// <summary>Only the names of the enum's members: Enum.TryParse also takes numbers like "7".</summary>
    private static bool Known<T>(string text, out T? value) where T : struct, Enum
    {
        value = Enum.GetValues<T>().Select(v => (T?)v).FirstOrDefault(v => v.ToString() == text);
        return value is not null;
    }

    private IQueryable<SkillsGap> Filter(IQueryable<SkillsGap> query, (GapStatus? Status, GapPriority? Priority) filter)
    {
        if (filter.Status is { } status)
        {
            query = query.Where(g => g.Status == status);
        }
        if (filter.Priority is { } priority)
        {
            query = query.Where(g => g.Priority == priority);
        }
        if (Area is { } area)
        {
            // A linked role's own area counts, not the copy kept on the gap, which is only for when the role is deleted.
            query = query.Where(g => g.JobRole != null ? g.JobRole.ServiceArea == area : g.ServiceArea == area);
        }
        if (Role is { } role)
        {
            query = query.Where(g => g.JobRoleId == role);
        }
        if (HardToFill)
        {
            query = query.Where(g => g.HardToFill);
        }
        if (Succession)
        {
            query = query.Where(g => g.SuccessionRisk);
        }
        return query;
    }

    private string Link(int page) => QueryLinks.To("/council/gaps", ("status", Status), ("priority", Priority), ("area", Area),
        ("role", Role), ("hardToFill", HardToFill ? "true" : null), ("succession", Succession ? "true" : null), ("page", page == 1 ? null : page));
}
