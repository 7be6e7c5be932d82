using RoleMapper.Core.Accounts;
using RoleMapper.Core.Mot;

namespace RoleMapper.Web.Pages.Sector.Mot;

/// <summary>/sector/mot?council=ID (sector role): a council's MOTs, drafts and published, and a button to start one.</summary>
public sealed class IndexModel(RoleMapperDbContext db, MotReviews mots) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Council { get; set; }

    public string CouncilName { get; private set; } = "";
    public IReadOnlyList<MotSummary> Reviews { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await db.Organisations.AsNoTracking().Where(o => o.Id == Council).Select(o => o.Name).FirstOrDefaultAsync(ct) is not { } name)
        {
            return NotFound();
        }
        CouncilName = name;
        Reviews = await mots.ListAsync(Council, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct) =>
        await mots.StartAsync(Council, HttpContext.Features.Get<CouncilMembership>()!.Email, ct) is { } id
            ? Redirect($"/sector/mot/edit/{id}")
            : NotFound();
}
