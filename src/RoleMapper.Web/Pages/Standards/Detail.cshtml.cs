using RoleMapper.Core.Standards;
using RoleMapper.Core.StandardsFeed;

namespace RoleMapper.Web.Pages.Standards;

/// <summary>
/// /standards/{reference} shows the current version (the approved one, else the latest); /standards/{reference}/{version}
/// any other. Unknown references and versions get the 404 page. A standard has a handful of versions, so all are read at
/// once: the history needs them anyway.
/// </summary>
public sealed class DetailModel(RoleMapperDbContext db) : PageModel
{
    public StandardVersion Shown { get; private set; } = null!;
    public StandardVersion Current { get; private set; } = null!;
    public IReadOnlyList<StandardVersion> History { get; private set; } = [];
    public bool IsCurrent => Shown.Key == Current.Key;

    public async Task<IActionResult> OnGetAsync(string reference, string? version, CancellationToken ct)
    {
        var canonical = reference.Trim().ToUpperInvariant();
        if (canonical.Length is 0 or > 12)
        {
            return NotFound();
        }
        var versions = await db.StandardVersions.AsNoTracking().Where(v => v.Reference == canonical).ToListAsync(ct);
        if (versions.Count == 0)
        {
            return NotFound();
        }
        // Read without tracking, so cutting them to what a page shows changes nothing stored.
        versions.ForEach(FeedFieldLimits.ClipToLimits);
        if (canonical != reference)
        {
            // One address per standard, so bookmarks and links agree.
            return LocalRedirectPermanent($"/standards/{canonical}" + (version is null ? "" : "/" + Uri.EscapeDataString(version)));
        }
        Current = CurrentVersions.PickCurrent(versions)!;
        var shown = version is null ? Current : versions.FirstOrDefault(v => v.Version == version);
        if (shown is null)
        {
            return NotFound();
        }
        Shown = shown;
        History = versions.OrderByDescending(v => v.VersionMajor).ThenByDescending(v => v.VersionMinor).ToList();
        return Page();
    }

    public static IEnumerable<string> Paragraphs(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
