using RoleMapper.Core.Matching;

namespace RoleMapper.Web.Pages.Council.Gaps;

/// <summary>
/// /council/gaps/new: records a skills gap. <c>?role=ID</c> starts it against that role (a role's page can link here),
/// which also offers the role's standards to link at once.
/// </summary>
public sealed class CreateModel(RoleMapperDbContext db, IStandardMatcher matcher, SkillsGaps gaps) : PageModel
{
    private const string Path = "/council/gaps/new";
    private const string SaveText = "Save skills gap";

    [BindProperty] public GapInput Input { get; set; } = new();

    public GapEditor.FormView Form { get; private set; } = null!;

    private GapEditor Editor => new(db, matcher, gaps);

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
        var createdBy = HttpContext.Features.Get<CouncilMembership>()!.Email;
        if (await Editor.SaveAsync(Input, gapId: null, createdBy, savedTargetDate: null, ModelState, ct) is not true)
        {
            Form = await Editor.ViewAsync(Input, Path, SaveText, search: false, ModelState, ct);
            return Page();
        }
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
