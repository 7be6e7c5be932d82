using RoleMapper.Core.Plan;

namespace RoleMapper.Web.Pages.Council.Plan;

/// <summary>
/// /council/plan: the council's costed three-year plan. The plan's figures (first year, expected levy, opening balance,
/// headcount), its lines priced from today's feed with their flags, starts to add from the council's skills gaps and
/// confirmed mappings or any approved standard, and the levy account and target share by year. Each form posts to its
/// own handler, which calls one <see cref="LevyPlans"/> method; problems come back beside their fields.
/// </summary>
public sealed class IndexModel(LevyPlans plans) : PageModel
{
    public const string Notice = "PlanNotice";

    [BindProperty] public string? FirstYear { get; set; }
    [BindProperty] public long? AnnualLevy { get; set; }
    [BindProperty] public long? OpeningBalance { get; set; }
    [BindProperty] public int? Headcount { get; set; }
    [BindProperty] public string? Standard { get; set; }
    [BindProperty] public string? Year { get; set; }
    [BindProperty] public int? Starts { get; set; }

    public PlanView Plan { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(fillSettings: true, ct);

    public async Task<IActionResult> OnPostSettingsAsync(CancellationToken ct)
    {
        var problems = await plans.SaveSettingsAsync(new PlanSettings(FirstYear, AnnualLevy, OpeningBalance, Headcount), Who, ct);
        return await DoneAsync(problems, "Plan figures saved.", fillSettings: false, ct);
    }

    public async Task<IActionResult> OnPostAddAsync(string? source, CancellationToken ct)
    {
        var problems = await plans.AddLineAsync(Standard, Year, Starts, source, Who, ct);
        return await DoneAsync(problems, "Starts added to the plan.", fillSettings: true, ct);
    }

    public async Task<IActionResult> OnPostStartsAsync(int id, int? lineStarts, CancellationToken ct) =>
        await plans.ChangeStartsAsync(id, lineStarts, ct) is { } problems
            ? await DoneAsync(problems, "Starts changed.", fillSettings: true, ct)
            : NotFound();

    public async Task<IActionResult> OnPostReviewedAsync(int id, CancellationToken ct) =>
        await plans.MarkReviewedAsync(id, ct) ? Saved("Line reviewed: it now uses today's price.") : NotFound();

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct) =>
        await plans.DeleteLineAsync(id, ct) ? Saved("Line deleted.") : NotFound();

    private string Who => HttpContext.Features.Get<CouncilMembership>()!.Email;

    private async Task<IActionResult> DoneAsync(IReadOnlyList<PlanProblem> problems, string notice, bool fillSettings, CancellationToken ct)
    {
        if (problems.Count == 0)
        {
            return Saved(notice);
        }
        foreach (var problem in problems)
        {
            ModelState.AddModelError(problem.Field == PlanField.Standard ? nameof(Standard) : problem.Field.ToString(), problem.Message);
        }
        await LoadAsync(fillSettings, ct);
        return Page();
    }

    private IActionResult Saved(string notice)
    {
        TempData[Notice] = notice;
        return LocalRedirect("/council/plan");
    }

    private async Task LoadAsync(bool fillSettings, CancellationToken ct)
    {
        Plan = await plans.GetAsync(ct);
        if (fillSettings)
        {
            FirstYear = Plan.FirstYear.ToString();
            // Until the council saves figures of its own, its latest programme year is the best start: offered, not saved.
            var basis = Plan.Saved ? null : Plan.LatestProgrammeYear;
            AnnualLevy = Plan.AnnualLevy ?? basis?.LevyPaid;
            OpeningBalance = Plan.Saved ? Plan.OpeningBalance : null;
            Headcount = Plan.Headcount ?? basis?.Headcount;
        }
        Year ??= Plan.FirstYear.ToString();
    }
}
