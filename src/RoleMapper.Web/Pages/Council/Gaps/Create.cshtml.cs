using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RoleMapper.Core.Data;
using RoleMapper.Core.Matching;
using RoleMapper.Core.Workspace;
using RoleMapper.Web.Infrastructure;

namespace RoleMapper.Web.Pages.Council.Gaps;

/// <summary>
/// /council/gaps/new: records a skills gap. <c>?role=ID</c> starts it against that role (a role's page can link here),
/// which also offers the role's standards to link at once.
/// </summary>
public sealed class CreateModel(RoleMapperDbContext db, IStandardMatcher matcher, TimeProvider clock) : PageModel
{
    private const string Path = "/council/gaps/new";
    private const string SaveText = "Save skills gap";

    [BindProperty] public GapInput Input { get; set; } = new();

    public GapEditor.FormView Form { get; private set; } = null!;

    private GapEditor Editor => new(db, matcher, clock);

    public async Task OnGetAsync(int? role, CancellationToken ct)
    {
        Input = new GapInput
        {
            About = role is null ? null : GapSubject.Role,
            RoleId = role,
            Priority = GapPriority.Medium,
            Status = GapStatus.Open,
        };
        Form = await Editor.ViewAsync(Input, Path, SaveText, search: false, ModelState, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await Editor.CheckAsync(Input, ModelState, savedTargetDate: null, ct);
        if (!ModelState.IsValid)
        {
            Form = await Editor.ViewAsync(Input, Path, SaveText, search: false, ModelState, ct);
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var gap = new SkillsGap
        {
            Description = "",
            CreatedUtc = now,
            UpdatedUtc = now,
            CreatedByName = HttpContext.Features.Get<CouncilMembership>()!.Email,
        };
        await Editor.ApplyAsync(Input, gap, ct);
        // OrganisationId is left for the context to stamp with the signed-in council.
        db.SkillsGaps.Add(gap);
        await db.SaveChangesAsync(ct);
        TempData[GapEditor.Notice] = "Skills gap recorded.";
        return LocalRedirect("/council/gaps");
    }

    /// <summary>"Search standards": the same form again, nothing saved, with search results and the role's standards.</summary>
    public async Task OnPostSearchAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Form = await Editor.ViewAsync(Input, Path, SaveText, search: true, ModelState, ct);
    }
}
