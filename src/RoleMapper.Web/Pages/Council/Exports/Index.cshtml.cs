using RoleMapper.Core.Export;
using Microsoft.Extensions.Options;
using RoleMapper.Core.Maturity;
using RoleMapper.Core.Plan;
using RoleMapper.Core.Programme;

namespace RoleMapper.Web.Pages.Council.Exports;

/// <summary>
/// /council/exports: the Excel maps the council made, newest first (the files themselves stay in the database: only
/// their facts are read here). A POST (the dashboard's button) makes a new map, keeps it and downloads it.
/// </summary>
public sealed class IndexModel(RoleMapperDbContext db, MaturityModel maturityModel, TimeProvider clock, IOptions<ProgrammeOptions> planRules) : PageModel
{
    public const int PageSize = 25;

    public sealed record ExportRow(int Id, DateTime CreatedUtc, string? CreatedBy, string FileName, int SizeBytes, string Sha256);

    public IReadOnlyList<ExportRow> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Pager = new Pager(QueryLinks.PageNumber(Request), PageSize, await db.MapExports.CountAsync(ct),
            page => QueryLinks.To("/council/exports", ("page", page == 1 ? null : page)));
        Pager = Pager with { Page = Math.Min(Pager.Page, Pager.TotalPages) };
        Rows = await db.MapExports.AsNoTracking()
            .OrderByDescending(e => e.CreatedUtc).ThenByDescending(e => e.Id)
            .Skip(Pager.Skip).Take(PageSize)
            .Select(e => new ExportRow(e.Id, e.CreatedUtc, e.CreatedByName, e.FileName, e.SizeBytes, e.Sha256))
            .ToListAsync(ct);
    }

    /// <summary>
    /// Kept before it is sent, so the list and a download by id work at once; the map's "changes since the last export"
    /// then start after this one, as the person now has it.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var membership = HttpContext.Features.Get<CouncilMembership>()!;
        var made = await MapExports.MakeAsync(db, maturityModel, clock, membership.UserId, membership.Email, ct, planRules.Value);
        db.MapExports.Add(made.Export);
        await db.SaveChangesAsync(ct);
        return File(made.Export.Content, MapExports.ContentType, made.Export.FileName);
    }

    public static string Size(int bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, (int)Math.Round(bytes / 1024.0)).ToString("N0", Display.EnGb)} KB"
        : $"{(bytes / 1048576.0).ToString("N1", Display.EnGb)} MB";
}
