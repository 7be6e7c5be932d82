using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Matching;
using RoleMapper.Core.Workspace;

namespace RoleMapper.Web.Pages.Council.Gaps;

/// <summary>/council/gaps/{id}: changes a skills gap. Another council's gap is not found (the tenancy filter).</summary>
public sealed class EditModel(RoleMapperDbContext db, IStandardMatcher matcher, TimeProvider clock) : PageModel
{
    private const string SaveText = "Save changes";

    [BindProperty] public GapInput Input { get; set; } = new();

    public GapEditor.FormView Form { get; private set; } = null!;
    public int Id { get; private set; }
    public string? CreatedBy { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public DateTime UpdatedUtc { get; private set; }

    private GapEditor Editor => new(db, matcher, clock);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } gap)
        {
            return NotFound();
        }
        Input = GapInput.From(gap);
        return await ShowAsync(search: false, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } gap)
        {
            return NotFound();
        }
        await Editor.CheckAsync(Input, ModelState, savedTargetDate: gap.TargetDate, ct);
        if (!ModelState.IsValid)
        {
            return await ShowAsync(search: false, ct);
        }
        await Editor.ApplyAsync(Input, gap, ct);
        gap.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
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
        var gap = await db.SkillsGaps.SingleOrDefaultAsync(g => g.Id == id, ct);
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
