using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Accounts;
using RoleMapper.Core.Data;

namespace RoleMapper.Web.Pages.Sector;

/// <summary>
/// /sector (sector role): how many councils use RoleMapper, by region. Counts below <see cref="SmallestGroup"/> are not
/// shown, so the page never points at one council. The sector comparisons of the maturity model (issue 6) come here.
/// </summary>
public sealed class IndexModel(RoleMapperDbContext db) : PageModel
{
    public const int SmallestGroup = 5;

    public int Councils { get; private set; }
    public IReadOnlyList<(EnglishRegion Region, int Count)> ByRegion { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Councils = await db.Organisations.CountAsync(ct);
        var counts = await db.Organisations.AsNoTracking().GroupBy(o => o.Region)
            .Select(g => new { Region = g.Key, Count = g.Count() }).ToListAsync(ct);
        ByRegion = Enum.GetValues<EnglishRegion>()
            .Select(r => (r, counts.FirstOrDefault(c => c.Region == r)?.Count ?? 0)).ToList();
    }
}
