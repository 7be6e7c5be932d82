using RoleMapper.Core.Programme;

namespace RoleMapper.Web.Pages.Council.Programme;

/// <summary>
/// /council/programme: the council's apprenticeship programme by financial year (starts as a share of headcount
/// against the target, levy spend share, schools), and a CSV import of years, all or nothing.
/// </summary>
public sealed class IndexModel(ProgrammeYears programme) : PageModel
{
    public IReadOnlyList<ProgrammeShares> Years { get; private set; } = [];
    public double TargetShare => programme.TargetShare;
    public ProgrammeImportResult? Import { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Years = await programme.ListAsync(ct);

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            Import = ProgrammeImportResult.Failed(new ProgrammeProblem(null, null, "Choose a CSV file of programme figures to import"));
        }
        else
        {
            await using var content = file.OpenReadStream();
            Import = await programme.ImportAsync(content, file.FileName, HttpContext.Features.Get<CouncilMembership>()!.Email, ct);
        }
        Years = await programme.ListAsync(ct);
        return Page();
    }
}
