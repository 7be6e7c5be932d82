using RoleMapper.Core.Export;

namespace RoleMapper.Web.Pages.Council.Exports;

/// <summary>/council/exports/{id}: an earlier export, byte for byte as it was first downloaded. Another council's id is not found.</summary>
public sealed class DownloadModel(RoleMapperDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var export = await db.MapExports.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new { e.FileName, e.Content, e.Sha256 }).SingleOrDefaultAsync(ct);
        if (export is null)
        {
            return NotFound();
        }
        // The content never changes, so its hash is a strong validator.
        Response.Headers.ETag = $"\"{export.Sha256}\"";
        return File(export.Content, MapExports.ContentType, export.FileName);
    }
}
