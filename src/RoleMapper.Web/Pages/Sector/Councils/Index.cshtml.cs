using RoleMapper.Core.Accounts;

namespace RoleMapper.Web.Pages.Sector.Councils;

/// <summary>/sector/councils (sector role): every registered council, those waiting for a check first.</summary>
public sealed class IndexModel(SectorCouncils councils) : PageModel
{
    public IReadOnlyList<SectorCouncilRow> Councils { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Councils = await councils.ListAsync(ct);
}
