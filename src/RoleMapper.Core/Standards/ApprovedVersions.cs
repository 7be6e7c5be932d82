using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;

namespace RoleMapper.Core.Standards;

/// <summary>A standard's approved version as a mapping shows it.</summary>
public sealed record ApprovedVersion(string Reference, string Version, string Title, int Level);

/// <summary>
/// The approved version of each of a few standards: the version a mapping is checked against. A mapping points at a
/// reference; this says which version that means today (approved and still listed in the feed).
/// </summary>
public static class ApprovedVersions
{
    public static async Task<Dictionary<string, ApprovedVersion>> ForAsync(RoleMapperDbContext db, IEnumerable<string> references,
        CancellationToken ct)
    {
        var wanted = references.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return [];
        }
        var rows = await db.StandardVersions.AsNoTracking()
            .Where(v => wanted.Contains(v.Reference) && v.Status == StandardStatus.ApprovedForDelivery && v.RemovedFromFeedUtc == null)
            .Select(v => new { v.Reference, v.Version, v.VersionMajor, v.VersionMinor, v.Title, v.Level })
            .ToListAsync(ct);
        // The importer refuses two approved versions of one standard; the newest wins should that ever change.
        return rows.GroupBy(v => v.Reference)
            .Select(g => g.OrderByDescending(v => v.VersionMajor).ThenByDescending(v => v.VersionMinor).First())
            .ToDictionary(v => v.Reference, v => new ApprovedVersion(v.Reference, v.Version, v.Title, v.Level));
    }
}
