using RoleMapper.Core.Maturity;
using RoleMapper.Core.Sector;

namespace RoleMapper.Web.Pages.Sector;

/// <summary>/sector/maturity (sector role): average stage and target per strand by council type and by region.</summary>
public sealed class MaturityAveragesModel(RoleMapperDbContext db, MaturityModel maturity) : PageModel
{
    public SectorMaturity Sector { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Sector = await SectorMaturity.LoadAsync(db, maturity, ct);
}
