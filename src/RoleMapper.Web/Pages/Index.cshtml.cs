using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Import;
using RoleMapper.Core.Standards;

namespace RoleMapper.Web.Pages;

public sealed class IndexModel(RoleMapperDbContext db, TimeProvider clock) : PageModel
{
    public int Approved { get; private set; }
    public ImportStatus Status { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Approved = await db.StandardVersions
            .Where(v => v.Status == StandardStatus.ApprovedForDelivery && v.RemovedFromFeedUtc == null)
            .Select(v => v.Reference).Distinct().CountAsync(ct);
        Status = await ImportStatus.ReadAsync(db, clock, ct);
    }
}
