using RoleMapper.Core.Matching;

namespace RoleMapper.Web.Pages.Council.Gaps;

/// <summary>/council/gaps/{id}: changes a skills gap. Another council's gap is not found (the tenancy filter).</summary>
public sealed class EditModel(RoleMapperDbContext db, IStandardMatcher matcher, SkillsGaps gaps) : PageModel
{
    private const string SaveText = "Save changes";

    [BindProperty] public GapInput Input { get; set; } = new();

    public GapEditor.FormView Form { get; private set; } = null!;
    public int Id { get; private set; }
    public string? CreatedBy { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public DateTime UpdatedUtc { get; private set; }

    private GapEditor Editor => new(db, matcher, gaps);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } gap)
        {
            return NotFound();
        }
        Input = GapInput.From(GapDetails.Of(gap));
        return await ShowAsync(search: false, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } gap)
        {
            return NotFound();
        }
        switch (await Editor.SaveAsync(Input, id, createdBy: null, gap.TargetDate, ModelState, ct))
        {
            case null:
                return NotFound();
            case false:
                return await ShowAsync(search: false, ct);
        }
        TempData[GapEditor.Notice] = "Skills gap saved.";
        return LocalRedirect("/council/gaps");
    }

    public async Task<IActionResult> OnPostSearchAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is null)
        {
            return NotFound();
        }
        ModelState.Clear();
        return await ShowAsync(search: true, ct);
    }

    private async Task<SkillsGap?> LoadAsync(int id, CancellationToken ct)
    {
        var gap = await db.SkillsGaps.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, ct);
        if (gap is not null)
        {
            (Id, CreatedBy, CreatedUtc, UpdatedUtc) = (gap.Id, gap.CreatedByName, gap.CreatedUtc, gap.UpdatedUtc);
        }
        return gap;
    }

    private async Task<IActionResult> ShowAsync(bool search, CancellationToken ct)
    {
        Form = await Editor.ViewAsync(Input, $"/council/gaps/{Id}", SaveText, search, ModelState, ct);
        return Page();
    }
}
