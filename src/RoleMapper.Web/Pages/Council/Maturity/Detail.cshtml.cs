using RoleMapper.Core.Maturity;

namespace RoleMapper.Web.Pages.Council.Maturity;

/// <summary>
/// /council/maturity/{id}: one saved assessment in full (stages, what moved since the one before it, every statement
/// met with its evidence). Assessments are never changed once saved; another council's is "not found".
/// </summary>
public sealed class DetailModel(RoleMapperDbContext db, MaturityModel maturity) : PageModel
{
    public AssessmentView View { get; private set; } = null!;

    /// <summary>Set after saving, to confirm it.</summary>
    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await AssessmentView.LoadAsync(db, maturity, id, ct) is not { } view)
        {
            return NotFound();
        }
        View = view;
        return Page();
    }
}
