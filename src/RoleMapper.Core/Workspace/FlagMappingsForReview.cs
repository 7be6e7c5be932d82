using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.StandardsFeed;

namespace RoleMapper.Core.Workspace;

/// <summary>
/// After each import, flags every confirmed role whose main or alternative standard was retired, withdrawn, left the
/// feed or got a new approved version since it was decided (<see cref="ReviewReasons"/>). It looks only at the
/// standards the run changed, and at every council at once: it writes with <c>ExecuteUpdate</c> across the tenancy
/// filter, on purpose, because an import belongs to no council. Confirming the role again clears the flag.
/// </summary>
public sealed class FlagMappingsForReview(IDbContextFactory<RoleMapperDbContext> contexts, TimeProvider clock) : ChangedStandardsObserver(contexts)
{
    protected override async Task OnStandardsChangedAsync(RoleMapperDbContext db, ImportRun run, List<string> changed, CancellationToken ct)
    {
        var decisions = await db.RoleStandards.IgnoreQueryFilters([RoleMapperDbContext.OrganisationFilter])
            .Where(s => s.Kind != RoleStandardKind.Rejected && changed.Contains(s.Reference))
            .Join(db.JobRoles.IgnoreQueryFilters([RoleMapperDbContext.OrganisationFilter]).Where(r => r.Status == MappingStatus.Confirmed),
                s => s.JobRoleId, r => r.Id, (s, r) => new { s.JobRoleId, s.Reference, s.Kind, s.VersionWhenDecided })
            .ToListAsync(ct);
        if (decisions.Count == 0)
        {
            return;
        }
        var references = decisions.Select(d => d.Reference).Distinct().ToList();
        var versions = (await db.StandardVersions.AsNoTracking().Where(v => references.Contains(v.Reference))
                .Select(v => new { v.Reference, State = new VersionState(v.Version, v.VersionMajor, v.VersionMinor, v.Status, v.RemovedFromFeedUtc == null) })
                .ToListAsync(ct))
            .ToLookup(v => v.Reference, v => v.State);

        var flags = decisions
            .GroupBy(d => d.JobRoleId)
            .Select(role => (RoleId: role.Key, Reason: string.Join("; ", role
                .OrderBy(d => d.Kind).ThenBy(d => d.Reference, StringComparer.Ordinal)
                .Select(d => ReviewReasons.For(d.Reference, d.VersionWhenDecided, versions[d.Reference].ToList(), run.FeedDate,
                    alternative: d.Kind == RoleStandardKind.Alternative))
                .OfType<string>())))
            .Where(f => f.Reason.Length > 0);
        var now = clock.GetUtcNow().UtcDateTime;
        // One statement per distinct reason: a re-versioned standard flags all its roles, in every council, at once.
        foreach (var group in flags.GroupBy(f => f.Reason[..Math.Min(f.Reason.Length, 500)], f => f.RoleId))
        {
            var ids = group.ToList();
            await db.JobRoles.IgnoreQueryFilters([RoleMapperDbContext.OrganisationFilter])
                .Where(r => ids.Contains(r.Id))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.NeedsReview, true)
                    .SetProperty(r => r.ReviewReason, group.Key)
                    .SetProperty(r => r.ReviewFlaggedUtc, now), ct);
        }
    }
}
