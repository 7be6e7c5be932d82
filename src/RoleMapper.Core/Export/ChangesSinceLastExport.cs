using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Standards;
using RoleMapper.Core.StandardsFeed;
using RoleMapper.Core.Workspace;

namespace RoleMapper.Core.Export;

/// <summary>
/// The "Changes since last export" sheet: what the feed imports did to the standards a council's roles are confirmed
/// or accepted (alternative) against, since the council's previous export. See docs/excel-map.md for the rule.
/// </summary>
/// <remarks>
/// Which imports: the successful runs after the previous export's <see cref="MapExport.ImportRunId"/>, up to the run
/// this export is checked against. A council's first export has no previous one; it looks back
/// <see cref="FirstExportLookback"/>, which covers the months since a monthly export would have been due without
/// reaching back to changes nobody needs to act on now.
///
/// What counts, per run and standard (one row each, the first that applies):
/// a version became approved (a new version, or an existing one approved) → new version;
/// a version was withdrawn → withdrawn;
/// the approved version was retired with no approved replacement in the same run → retired;
/// the approved version left the feed → no longer in the feed.
/// Retiring an older version when its successor is approved is routine, so it is part of "new version", not a row of
/// its own. Content edits and reappearances are not listed, nor anything in the run that first brought a standard (its
/// versions arrive together, as "new standard" then "new version", in the very first import of all).
/// </remarks>
internal static class ChangesSinceLastExport
{
    public static readonly TimeSpan FirstExportLookback = TimeSpan.FromDays(92);

    private sealed record Line(long Id, int RunId, DateOnly FeedDate, string Reference, string Title, ChangeKind Kind,
        StandardStatus? OldStatus, StandardStatus? NewStatus);

    public static async Task<IReadOnlyList<FeedChangeRow>> ReadAsync(RoleMapperDbContext db,
        IReadOnlyDictionary<int, string> roleTitles, IReadOnlyList<CouncilMapQuery.Decision> decisions,
        int? lastRunId, DateTime nowUtc, CancellationToken ct)
    {
        if (lastRunId is not { } upTo || decisions.Count == 0)
        {
            return [];
        }
        var rolesByReference = decisions
            .GroupBy(d => d.Reference.Trim().ToUpperInvariant())
            .ToDictionary(g => g.Key, g => g.Select(d => roleTitles[d.JobRoleId]).Distinct().ToList());
        var references = rolesByReference.Keys.ToList();

        var previous = await db.MapExports.AsNoTracking()
            .OrderByDescending(e => e.CreatedUtc).ThenByDescending(e => e.Id)
            .Select(e => new { e.ImportRunId })
            .FirstOrDefaultAsync(ct);
        var changes = db.StandardChanges.AsNoTracking()
            .Where(c => c.ImportRunId <= upTo && c.ImportRun!.Outcome == ImportOutcome.Succeeded && references.Contains(c.Reference))
            .Where(c => c.Kind == ChangeKind.NewStandard || c.Kind == ChangeKind.NewVersion || c.Kind == ChangeKind.StatusChanged
                || c.Kind == ChangeKind.Vanished);
        if (previous is null)
        {
            var since = nowUtc - FirstExportLookback;
            changes = changes.Where(c => c.ImportRun!.FinishedUtc >= since);
        }
        else if (previous.ImportRunId is { } after)
        {
            changes = changes.Where(c => c.ImportRunId > after);
        }
        var lines = await changes
            .Select(c => new Line(c.Id, c.ImportRunId, c.ImportRun!.FeedDate, c.Reference, c.Title, c.Kind, c.OldStatus, c.NewStatus))
            .ToListAsync(ct);

        var rows = new List<FeedChangeRow>();
        // In change-log order, so when two versions of one standard were approved in one run the result is the same every time.
        foreach (var run in lines.OrderBy(l => l.Id).GroupBy(l => (l.RunId, l.Reference)))
        {
            if (Summarise(run.ToList()) is (Line line, FeedChangeKind kind))
            {
                rows.Add(new FeedChangeRow
                {
                    ChangedOn = line.FeedDate,
                    StandardReference = line.Reference,
                    StandardTitle = line.Title,
                    Kind = kind,
                    RolesAffected = rolesByReference[line.Reference.ToUpperInvariant()]
                        .Order(StringComparer.OrdinalIgnoreCase).ThenBy(t => t, StringComparer.Ordinal).ToList(),
                });
            }
        }
        return rows;
    }

    /// <summary>What one run did to one standard, as the council reads it; null when nothing they need to know.</summary>
    private static (Line, FeedChangeKind)? Summarise(List<Line> lines)
    {
        const StandardStatus approved = StandardStatus.ApprovedForDelivery;
        // The run that first brought the standard (the first import loads every version at once) changed nothing for anyone.
        if (lines.Any(l => l.Kind == ChangeKind.NewStandard))
        {
            return null;
        }
        if (lines.FirstOrDefault(l => l.NewStatus == approved && l.Kind is ChangeKind.NewVersion or ChangeKind.StatusChanged) is { } approval)
        {
            return (approval, FeedChangeKind.NewVersion);
        }
        if (lines.FirstOrDefault(l => l.Kind == ChangeKind.StatusChanged && l.NewStatus == StandardStatus.Withdrawn) is { } withdrawal)
        {
            return (withdrawal, FeedChangeKind.Withdrawn);
        }
        if (lines.FirstOrDefault(l => l.Kind == ChangeKind.StatusChanged && l.OldStatus == approved && l.NewStatus == StandardStatus.Retired) is { } retirement)
        {
            return (retirement, FeedChangeKind.Retired);
        }
        if (lines.FirstOrDefault(l => l.Kind == ChangeKind.Vanished && l.OldStatus == approved) is { } vanished)
        {
            return (vanished, FeedChangeKind.Vanished);
        }
        return null;
    }
}
