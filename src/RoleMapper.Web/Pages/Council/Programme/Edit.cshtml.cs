using RoleMapper.Core.Programme;

namespace RoleMapper.Web.Pages.Council.Programme;

/// <summary>/council/programme/edit[?year=2025]: one financial year's figures, new or changed, checked by <see cref="ProgrammeRules"/>.</summary>
public sealed class EditModel(ProgrammeYears programme) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public Dictionary<string, string?> Values { get; set; } = [];

    public IReadOnlyList<ProgrammeProblem> Problems { get; private set; } = [];

    public string? ValueOf(ProgrammeField field) => Values.GetValueOrDefault(field.ToString());

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Year is { } year)
        {
            if (await programme.FindAsync(year, ct) is not { } saved)
            {
                return NotFound();
            }
            Values = ProgrammeFigures.TextOf(saved).ToDictionary(v => v.Key.ToString(), v => (string?)v.Value);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var text = ProgrammeFields.All.ToDictionary(f => f, ValueOf);
        Problems = await programme.SaveAsync(text, Year, HttpContext.Features.Get<CouncilMembership>()!.Email, ct);
        return Problems.Count == 0 ? Redirect("/council/programme") : Page();
    }
}
