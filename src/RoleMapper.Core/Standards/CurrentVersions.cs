using RoleMapper.Core.Data;

namespace RoleMapper.Core.Standards;

/// <summary>
/// "The current version" of a standard, as pages and exports mean it: its approved version, else its latest one.
/// One LINQ query the database runs (a NOT EXISTS per row), on SQLite and PostgreSQL alike.
/// </summary>
public static class CurrentVersions
{
    /// <summary>One row per standard reference.</summary>
    public static IQueryable<StandardVersion> CurrentStandardVersions(this RoleMapperDbContext db) =>
        db.StandardVersions.Where(v => !db.StandardVersions.Any(o =>
            o.Reference == v.Reference && o.Key != v.Key &&
            // o beats v when only o is approved, or when it is newer and not less approved.
            ((o.Status == StandardStatus.ApprovedForDelivery && o.RemovedFromFeedUtc == null
              && !(v.Status == StandardStatus.ApprovedForDelivery && v.RemovedFromFeedUtc == null))
             || ((o.VersionMajor > v.VersionMajor || (o.VersionMajor == v.VersionMajor && o.VersionMinor > v.VersionMinor))
                 && ((o.Status == StandardStatus.ApprovedForDelivery && o.RemovedFromFeedUtc == null)
                     || !(v.Status == StandardStatus.ApprovedForDelivery && v.RemovedFromFeedUtc == null))))));

    /// <summary>The same rule in memory, for the versions of one standard already loaded.</summary>
    public static StandardVersion? PickCurrent(IEnumerable<StandardVersion> versionsOfOneStandard) =>
        versionsOfOneStandard
            .OrderByDescending(v => v.IsApproved)
            .ThenByDescending(v => v.VersionMajor)
            .ThenByDescending(v => v.VersionMinor)
            .FirstOrDefault();
}
