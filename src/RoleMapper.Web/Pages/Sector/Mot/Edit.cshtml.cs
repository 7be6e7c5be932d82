using RoleMapper.Core.Maturity;
using RoleMapper.Core.Mot;
using RoleMapper.Core.Programme;

namespace RoleMapper.Web.Pages.Sector.Mot;

/// <summary>
/// /sector/mot/edit/{id} (sector role): the adviser's MOT of a council: an external stage and a comment per strand,
/// the programme year compared, priorities and LGA support; saved as a draft, then published. A published MOT shows
/// read-only, as the council sees it.
/// </summary>
public sealed class EditModel(MotReviews mots, MaturityModel model) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty] public string? ReviewedOn { get; set; }
    [BindProperty] public string? Year { get; set; }
    [BindProperty] public Dictionary<string, string?> External { get; set; } = [];
    [BindProperty] public Dictionary<string, string?> Comment { get; set; } = [];
    [BindProperty] public string? Priorities { get; set; }
    [BindProperty] public string? LgaSupport { get; set; }

    public MotReport Report { get; private set; } = null!;
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public MaturityModel Model => model;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await mots.ReportAsync(Id, ct) is not { } report)
        {
            return NotFound();
        }
        Report = report;
        ReviewedOn = report.Review.ReviewedOn.ToString("yyyy-MM-dd", Display.EnGb);
        Year = report.YearText;
        External = report.Strands.ToDictionary(s => s.Strand.Id, s => s.External?.ToString());
        Comment = report.Strands.ToDictionary(s => s.Strand.Id, s => s.Comment);
        (Priorities, LgaSupport) = (report.Review.Priorities, report.Review.LgaSupport);
        return Page();
    }

    /// <summary>Saves the draft; with <paramref name="then"/> "publish" (the second button), publishes it too.</summary>
    public async Task<IActionResult> OnPostAsync([FromForm] string? then, CancellationToken ct) => await SaveThenAsync(then == "publish", ct);

    private async Task<IActionResult> SaveThenAsync(bool publish, CancellationToken ct)
    {
        var problems = new List<string>();
        if (!DateOnly.TryParseExact(ReviewedOn, "yyyy-MM-dd", out var reviewedOn))
        {
            problems.Add("Enter the date of the review.");
        }
        if (!FinancialYear.TryParse(Year, out var year))
        {
            problems.Add("Enter the financial year the MOT compares, like 2025-26.");
        }
        if (problems.Count == 0)
        {
            var strands = model.Strands.ToDictionary(s => s.Id, s => (
                Enum.TryParse<MaturityLevel>(External.GetValueOrDefault(s.Id), out var level) ? (MaturityLevel?)level : null,
                Comment.GetValueOrDefault(s.Id)));
            problems.AddRange(await mots.SaveAsync(Id, new MotInput(reviewedOn, year!.Value.StartYear, strands, Priorities, LgaSupport), ct));
        }
        if (problems.Count == 0 && publish && !await mots.PublishAsync(Id, HttpContext.Features.Get<CouncilMembership>()!.Email, ct))
        {
            problems.Add("Give at least one strand an LGA stage before publishing.");
        }
        if (problems.Count == 0)
        {
            return Redirect($"/sector/mot/edit/{Id}");
        }
        if (await mots.ReportAsync(Id, ct) is not { } report)
        {
            return NotFound();
        }
        Report = report;
        Problems = problems;
        return Page();
    }
}
