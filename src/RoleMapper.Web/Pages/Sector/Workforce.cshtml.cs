using RoleMapper.Core.Sector;

namespace RoleMapper.Web.Pages.Sector;

/// <summary>/sector/workforce (sector role): the most common skills gaps by service area and the most-mapped standards.</summary>
public sealed class WorkforceModel(RoleMapperDbContext db) : PageModel
{
    public SectorWorkforce Workforce { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Workforce = await SectorWorkforce.LoadAsync(db, ct);
}
