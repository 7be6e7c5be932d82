using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Standards;

namespace RoleMapper.Core.StandardsFeed;

/// <summary>
/// Applies a validated <see cref="FeedBatch"/> to the store inside the caller's transaction and writes the change log.
/// Only versions whose status, content or presence changed are loaded in full; the rest get one bulk "last seen" update,
/// which is what keeps a nightly re-import of an unchanged feed fast.
/// </summary>
internal sealed class StandardsUpdater(RoleMapperDbContext db, ImportRun run, DateTime nowUtc, ImportOptions options, RemovalOverride? removalOverride)
{
    private sealed record Stored(string Key, string Reference, StandardStatus Status, string ContentHash, DateTime? RemovedFromFeedUtc);

    public async Task ApplyAsync(FeedBatch batch, CancellationToken ct)
    {
        var stored = await db.StandardVersions.AsNoTracking()
            .Select(v => new Stored(v.Key, v.Reference, v.Status, v.ContentHash, v.RemovedFromFeedUtc))
            .ToDictionaryAsync(v => v.Key, ct);
        var knownReferences = stored.Values.Select(v => v.Reference).ToHashSet();
        var approvedBefore = ApprovedVersions(stored.Values.Select(v => (v.Key, v.Reference, v.Status, v.RemovedFromFeedUtc)));

        var vanishing = stored.Values
            .Where(v => v.RemovedFromFeedUtc is null && !batch.Accepted.ContainsKey(v.Key) && !batch.HeldBackReferences.Contains(v.Reference))
            .Select(v => v.Key)
            .ToList();
        Guard(batch, stored, approvedBefore, vanishing);

        var touched = batch.Accepted.Values
            .Where(v => stored.TryGetValue(v.Key, out var s)
                        && (s.Status != v.Status || s.ContentHash != v.ContentHash || s.RemovedFromFeedUtc is not null))
            .Select(v => v.Key)
            .Concat(vanishing)
            .ToList();
        var entities = await db.StandardVersions.Where(v => touched.Contains(v.Key)).ToDictionaryAsync(v => v.Key, ct);

        foreach (var incoming in batch.Accepted.Values.OrderBy(v => v.Reference).ThenBy(v => v.VersionMajor).ThenBy(v => v.VersionMinor))
        {
            if (!stored.ContainsKey(incoming.Key))
            {
                db.StandardVersions.Add(incoming);
                Log(incoming, knownReferences.Contains(incoming.Reference) ? ChangeKind.NewVersion : ChangeKind.NewStandard, null, incoming.Status);
                knownReferences.Add(incoming.Reference);
                run.Added++;
            }
            else if (entities.TryGetValue(incoming.Key, out var entity))
            {
                Update(entity, incoming);
            }
            else
            {
                run.Unchanged++;
            }
        }

        foreach (var key in vanishing)
        {
            var entity = entities[key];
            entity.RemovedFromFeedUtc = nowUtc;
            Log(entity, ChangeKind.Vanished, entity.Status, entity.Status);
            run.Vanished++;
        }

        await db.SaveChangesAsync(ct);
        // Everything still listed was seen now; one statement rather than one update per unchanged row.
        var seen = batch.Accepted.Keys.ToList();
        await db.StandardVersions.Where(v => seen.Contains(v.Key))
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.LastSeenUtc, nowUtc), ct);

        var after = await db.StandardVersions.AsNoTracking()
            .Select(v => new { v.Key, v.Reference, v.Status, v.RemovedFromFeedUtc })
            .ToListAsync(ct);
        var approvedAfter = ApprovedVersions(after.Select(v => (v.Key, v.Reference, v.Status, v.RemovedFromFeedUtc)));
        run.Approved = approvedAfter.Count;
        run.NewlyApproved = approvedAfter.Keys.Count(r => !approvedBefore.ContainsKey(r));
        run.NoLongerApproved = approvedBefore.Keys.Count(r => !approvedAfter.ContainsKey(r));
        run.ApprovedVersionChanges = approvedAfter.Count(a => approvedBefore.TryGetValue(a.Key, out var before) && before != a.Value);
    }

    /// <summary>Refuses the feed before anything is written, unless an operator overrode the guard for this run.</summary>
    private void Guard(FeedBatch batch, Dictionary<string, Stored> stored, Dictionary<string, string> approvedBefore, List<string> vanishing)
    {
        var approvedAfter = ApprovedAfter(batch, stored, vanishing.ToHashSet());
        var refusal = RemovalGuard.Refusal(options, approvedBefore.Count, approvedAfter.Count,
            stopApproved: approvedBefore.Keys.Count(r => !approvedAfter.Contains(r)),
            listedBefore: stored.Values.Count(v => v.RemovedFromFeedUtc is null), vanishing.Count);
        if (removalOverride is not null)
        {
            run.Warnings.Add(new ImportMessage { Message = RemovalGuard.Overridden(removalOverride, refusal) });
        }
        else if (refusal is not null)
        {
            throw new FeedFormatException(refusal);
        }
    }

    /// <summary>The standards that would have an approved, listed version once the batch is applied.</summary>
    private static HashSet<string> ApprovedAfter(FeedBatch batch, Dictionary<string, Stored> stored, HashSet<string> vanishing)
    {
        // A stored version the batch does not decide keeps its state (held back, or already gone), unless it vanishes.
        var approved = stored.Values
            .Where(v => !batch.Accepted.ContainsKey(v.Key) && !vanishing.Contains(v.Key))
            .Where(v => v.Status == StandardStatus.ApprovedForDelivery && v.RemovedFromFeedUtc is null)
            .Select(v => v.Reference)
            .ToHashSet();
        approved.UnionWith(batch.Accepted.Values.Where(v => v.Status == StandardStatus.ApprovedForDelivery).Select(v => v.Reference));
        return approved;
    }

    private void Update(StandardVersion entity, StandardVersion incoming)
    {
        var changedFields = StandardContent.ChangedFields(entity, incoming);
        var detail = string.Join(", ", changedFields);
        if (entity.RemovedFromFeedUtc is not null)
        {
            Log(incoming, ChangeKind.Reappeared, entity.Status, incoming.Status, detail);
            run.Added++;
        }
        else if (entity.Status != incoming.Status)
        {
            Log(incoming, ChangeKind.StatusChanged, entity.Status, incoming.Status, detail);
            run.StatusChanges++;
        }
        else if (changedFields.Count > 0)
        {
            Log(incoming, ChangeKind.ContentChanged, entity.Status, incoming.Status, detail);
            run.ContentChanges++;
        }
        else
        {
            run.Unchanged++;
        }

        var firstSeen = entity.FirstSeenUtc;
        db.Entry(entity).CurrentValues.SetValues(incoming);
        // Owned JSON lists are not copied by SetValues.
        entity.Duties = incoming.Duties;
        entity.FirstSeenUtc = firstSeen;
        entity.RemovedFromFeedUtc = null;
    }

    private void Log(StandardVersion v, ChangeKind kind, StandardStatus? from, StandardStatus? to, string detail = "") =>
        db.StandardChanges.Add(new StandardChange
        {
            ImportRunId = run.Id,
            AtUtc = nowUtc,
            Reference = v.Reference,
            Version = v.Version,
            Title = v.Title,
            Kind = kind,
            OldStatus = from,
            NewStatus = to,
            Detail = detail,
        });

    /// <summary>Reference to the key of its approved, listed version.</summary>
    private static Dictionary<string, string> ApprovedVersions(
        IEnumerable<(string Key, string Reference, StandardStatus Status, DateTime? RemovedFromFeedUtc)> versions) =>
        versions
            .Where(v => v.Status == StandardStatus.ApprovedForDelivery && v.RemovedFromFeedUtc is null)
            .GroupBy(v => v.Reference)
            .ToDictionary(g => g.Key, g => g.Max(v => v.Key)!);
}
