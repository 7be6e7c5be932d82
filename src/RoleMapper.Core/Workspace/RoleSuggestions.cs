using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Matching;

namespace RoleMapper.Core.Workspace;

/// <summary>
/// Keeps each role's cached top suggestion (<see cref="JobRole.SuggestedReference"/> and friends) in step with the
/// matcher, skipping standards the council rejected for that role. Every write to a role that can change its suggestion
/// goes through <see cref="SaveAndRefreshAsync"/>: new, imported and retitled roles, and decisions. After each feed
/// import every role is refreshed (<see cref="SuggestAfterImport"/>). It works for the context's current council.
/// A role nobody has decided about becomes Suggested or Unmapped; decided roles keep their status.
/// </summary>
public sealed class RoleSuggestions(RoleMapperDbContext db, IStandardMatcher matcher, TimeProvider clock)
{
    /// <summary>
    /// Saves the context's changes, then refreshes the suggestions of <paramref name="roles"/> (tracked by the context),
    /// in one transaction: a role is never saved without its suggestion. Returns how many suggestions changed.
    /// </summary>
    public Task<int> SaveAndRefreshAsync(IReadOnlyCollection<JobRole> roles, CancellationToken ct) =>
        db.InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync(ct);
            return await RefreshAsync(roles.Select(r => r.Id).ToList(), ct);
        }, ct);

    /// <summary>Refreshes every role of the current council, as after a feed import; returns how many changed.</summary>
    public Task<int> RefreshAllAsync(CancellationToken ct) => RefreshAsync(roleIds: null, ct);

    private async Task<int> RefreshAsync(IReadOnlyCollection<int>? roleIds, CancellationToken ct)
    {
        var roles = await (roleIds is null ? db.JobRoles : db.JobRoles.Where(r => roleIds.Contains(r.Id))).ToListAsync(ct);
        if (roles.Count == 0)
        {
            return 0;
        }
        var rejections = db.RoleStandards.AsNoTracking().Where(s => s.Kind == RoleStandardKind.Rejected);
        if (roleIds is not null)
        {
            rejections = rejections.Where(s => roleIds.Contains(s.JobRoleId));
        }
        var rejected = (await rejections.Select(s => new { s.JobRoleId, s.Reference }).ToListAsync(ct))
            .ToLookup(s => s.JobRoleId, s => s.Reference);

        var best = Suggest(roles.Select(r => new Request(r.Title, rejected[r.Id].ToHashSet(StringComparer.Ordinal))).ToList());
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = 0;
        for (var i = 0; i < roles.Count; i++)
        {
            changed += Apply(roles[i], best[i], now) ? 1 : 0;
        }
        await db.SaveChangesAsync(ct);
        return changed;
    }

    private sealed record Request(string Title, HashSet<string> Rejected);

    /// <summary>
    /// The best candidate per request, matched in parallel (the matcher is thread-safe) and once per distinct title:
    /// a council's list repeats titles across service areas.
    /// </summary>
    private MatchCandidate?[] Suggest(IReadOnlyList<Request> requests)
    {
        var results = new MatchCandidate?[requests.Count];
        var byTitle = requests.Select((r, i) => (r, i)).Where(x => x.r.Rejected.Count == 0)
            .GroupBy(x => x.r.Title, x => x.i, StringComparer.OrdinalIgnoreCase).ToList();
        var withRejections = requests.Select((r, i) => (r, i)).Where(x => x.r.Rejected.Count > 0).ToList();
        Parallel.ForEach(byTitle, group =>
        {
            var candidate = matcher.Match(group.Key, new MatchOptions { Top = 1 }).Best;
            foreach (var i in group)
            {
                results[i] = candidate;
            }
        });
        Parallel.ForEach(withRejections, x =>
        {
            // Ask for enough candidates that one is left after the rejected ones are skipped.
            var options = new MatchOptions { Top = Math.Min(x.r.Rejected.Count + 1, 50) };
            results[x.i] = matcher.Match(x.r.Title, options).Candidates.FirstOrDefault(c => !x.r.Rejected.Contains(c.Reference));
        });
        return results;
    }

    private static bool Apply(JobRole role, MatchCandidate? best, DateTime now)
    {
        var confidence = best?.Confidence;
        var reason = best?.Reason is { Length: > JobRole.MaxReasonLength } r ? r[..JobRole.MaxReasonLength] : best?.Reason;
        var status = role.Status is MappingStatus.Unmapped or MappingStatus.Suggested
            ? best is null ? MappingStatus.Unmapped : MappingStatus.Suggested
            : role.Status;
        if (role.SuggestedReference == best?.Reference && role.SuggestedConfidence == confidence && role.SuggestedReason == reason
            && role.Status == status && role.SuggestedUtc is not null)
        {
            // Unchanged rows are not written, so the nightly refresh of every council stays cheap.
            return false;
        }
        (role.SuggestedReference, role.SuggestedConfidence, role.SuggestedReason, role.SuggestedUtc) = (best?.Reference, confidence, reason, now);
        role.Status = status;
        return true;
    }
}
