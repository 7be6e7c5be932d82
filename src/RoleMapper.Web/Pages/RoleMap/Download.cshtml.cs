using RoleMapper.Core.Export;
using RoleMapper.Core.RoleMap;

namespace RoleMapper.Web.Pages.RoleMap;

/// <summary>
/// /role-map/download: the whole sector role map as "Sector role map - &lt;yyyy-MM&gt;.xlsx", public like /role-map.
/// Made on each request from the map and today's standards, so it is never older than the page.
/// </summary>
public sealed class DownloadModel(SectorRoleMapWorkbook workbook) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var made = await workbook.MakeAsync(ct);
        return File(made.Content, MapExports.ContentType, made.FileName);
    }
}
