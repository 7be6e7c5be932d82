using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Standards;
using RoleMapper.Core.StandardsFeed;
using RoleMapper.Core.Workspace;

namespace RoleMapper.Core.RoleMap;

/// <summary>
/// After each import, flags every role of the sector role map with a standard that got a new approved version, was
/// retired or withdrawn, or left the feed in that run, with the reason in words (<see cref="ReviewReasons"/>). A map
/// role keeps no version per standard, so the version it was checked against is the one approved before the run,
/// which the run's change log gives back: the statuses it changed, the versions it added, removed or brought back.
/// The sector team clears the flag on the edit page (<see cref="SectorRoleMapEditing"/>).
/// </summary>
public sealed class FlagRoleMapForReview(IDbContextFactory<RoleMapperDbContext> contexts, TimeProvider clock) : ChangedStandardsObserver(contexts)
{
    protected override async Task OnStandardsChangedAsync(RoleMapperDbContext db, ImportRun run, List<string> changed, CancellationToken ct)
    {
        // The map is about 1,100 small rows: reading them beats a list-column query each provider writes differently.
        var affected = (await db.RoleMapEntries.Select(e => new { e.Id, e.Standards }).ToListAsync(ct))
            .Where(e => e.Standards.Any(changed.Contains))
            .ToList();
        if (affected.Count == 0)
        {
            return;
        }
        var references = affected.SelectMany(e => e.Standards).Where(changed.Contains).Distinct().ToList();
        var versions = (await db.StandardVersions.AsNoTracking().Where(v => references.Contains(v.Reference))
                .Select(v => new { v.Reference, State = new VersionState(v.Version, v.VersionMajor, v.VersionMinor, v.Status, v.RemovedFromFeedUtc == null) })
                .ToListAsync(ct))
            .ToLookup(v => v.Reference, v => v.State);
        var log = (await db.StandardChanges.AsNoTracking().Where(c => c.ImportRunId == run.Id && references.Contains(c.Reference))
                .Select(c => new { c.Reference, c.Version, c.Kind, c.OldStatus })
                .ToListAsync(ct))
            .ToLookup(c => c.Reference, c => new RunChange(c.Version, c.Kind, c.OldStatus));
        // A standard with no approved version before the run (new, or approved only now) leaves the map as right as it
        // was: only a standard that moved away from what was approved is a reason to look again.
        var reasons = references.ToDictionary(r => r, r => ApprovedBefore(versions[r].ToList(), log[r].ToList()) is { } before
            ? ReviewReasons.For(r, before.Version, versions[r].ToList(), run.FeedDate)
            : null);

        var flags = affected
            .Select(e => (e.Id, Reason: string.Join("; ", e.Standards.Where(changed.Contains).Select(s => reasons[s]).OfType<string>())))
            .Where(f => f.Reason.Length > 0)
            .ToDictionary(f => f.Id, f => f.Reason);
        var ids = flags.Keys.ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in await db.RoleMapEntries.Where(e => ids.Contains(e.Id)).ToListAsync(ct))
        {
            // A role not yet reviewed since an earlier flag keeps that reason too: both still need a look.
            var reason = entry.NeedsReview && entry.ReviewReason is { Length: > 0 } earlier && !earlier.Contains(flags[entry.Id], StringComparison.Ordinal)
                ? $"{earlier}; {flags[entry.Id]}" : flags[entry.Id];
            entry.NeedsReview = true;
            entry.ReviewReason = reason.Length > RoleMapEntry.MaxReviewReasonLength ? reason[..RoleMapEntry.MaxReviewReasonLength] : reason;
            entry.ReviewFlaggedUtc = now;
        }
        await db.SaveChangesAsync(ct);
    }

    private sealed record RunChange(string Version, ChangeKind Kind, StandardStatus? OldStatus);

    /// <summary>The highest version that was approved and listed before the run, undoing what the run did.</summary>
    private static VersionState? ApprovedBefore(IReadOnlyList<VersionState> now, IReadOnlyList<RunChange> run) =>
        now.Where(v => !run.Any(c => c.Version == v.Version && c.Kind is ChangeKind.NewStandard or ChangeKind.NewVersion))
            .Select(v => v with
            {
                Status = run.FirstOrDefault(c => c.Version == v.Version && c.Kind is ChangeKind.StatusChanged or ChangeKind.Reappeared)?.OldStatus ?? v.Status,
                Listed = run.Any(c => c.Version == v.Version && c.Kind == ChangeKind.Vanished) || (v.Listed && !run.Any(c => c.Version == v.Version && c.Kind == ChangeKind.Reappeared)),
            })
            .Where(v => v.IsApproved)
            .OrderByDescending(v => v.Major).ThenByDescending(v => v.Minor)
            .FirstOrDefault();
}
