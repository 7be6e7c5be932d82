using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Jobs;
using RoleMapper.Core.Standards;

namespace RoleMapper.Core.RoleMap;

/// <summary>
/// Brings a new release's built-in sector role map into a database seeded from an earlier one, at start-up
/// (<see cref="DatabaseInitializer"/>). Seeding fills an empty table once, so without this an install would keep the
/// map it was first started with. The sector team's edits win: a role they changed is never overwritten, only flagged
/// for review with what the release now says. Per role, against the release's version of it:
/// <list type="bullet">
/// <item>not in the database: added, logged;</item>
/// <item>the same as the release, or already merged from this version of it (<see cref="RoleMapEntry.ReleaseHash"/>):
/// left alone, whatever the sector did since;</item>
/// <item>last written by the seed or a release, not by the sector team: brought up to the release, logged;</item>
/// <item>edited by the sector team: kept, and flagged for review with the difference.</item>
/// </list>
/// A role only the database has (the sector team added it) is kept. A name another kept role already has is left out,
/// since each name points at one role. Every change writes a log line, so every node's index follows (the map's stamp
/// moves). One node merges at a time, under a lease; another starting at once skips, and sees the result by the stamp.
/// A start with nothing new (every role fingerprinted as this release) only reads: it takes no lease and writes
/// nothing, so the web nodes and each command-line run do not queue on one row to learn that.
/// </summary>
public sealed class MergeReleasedRoleMap(
    IDbContextFactory<RoleMapperDbContext> contexts, IRoleMapSource release, JobLeaseStore leases, TimeProvider clock)
{
    public const string LeaseName = "role-map-release";

    /// <summary>What the merge did; null when another node held the lease and is merging the same release.</summary>
    public async Task<RoleMapMerge?> RunAsync(CancellationToken ct = default)
    {
        var released = await release.LoadAsync(ct);
        if (!await HasWorkAsync(released, ct))
        {
            return RoleMapMerge.Nothing;
        }
        await using var lease = await leases.TryAcquireAsync(LeaseName, TimeSpan.FromMinutes(5), ct);
        if (lease is null)
        {
            return null;
        }
        // Read again under the lease: a node that held it a moment ago may have merged this release already.
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entries = await db.RoleMapEntries.ToListAsync(ct);
        if (entries.Count == 0)
        {
            // Not seeded (seeding is off): an empty map is filled whole by seeding, not role by role here.
            return RoleMapMerge.Nothing;
        }
        var byId = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var toAdd = new List<MappedRole>();
        var toUpdate = new List<(RoleMapEntry Entry, MappedRole Role)>();
        var toFlag = new List<(RoleMapEntry Entry, MappedRole Role)>();
        foreach (var role in released)
        {
            var hash = HashOf(role);
            if (!byId.TryGetValue(role.Id, out var entry))
            {
                toAdd.Add(role);
            }
            else if (entry.ReleaseHash == hash)
            {
                continue;
            }
            else if (HashOf(entry.ToMappedRole()) == hash)
            {
                entry.ReleaseHash = hash;
            }
            else if (entry.UpdatedBy == RoleMapDbSource.SeededBy)
            {
                toUpdate.Add((entry, role));
            }
            else
            {
                toFlag.Add((entry, role));
            }
        }

        // Names stay with the roles the merge does not rewrite; a released name one of them has is left out.
        var rewritten = toUpdate.Select(u => u.Entry.Id).ToHashSet(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var kept in entries.Where(e => !rewritten.Contains(e.Id)))
        {
            foreach (var name in kept.Aliases.Prepend(kept.Title))
            {
                owners.TryAdd(name, kept.Id);
            }
        }
        var leftOut = new List<string>();
        string? Owner(MappedRole role, string name) => owners.TryGetValue(name, out var owner) && owner != role.Id ? owner : null;
        (MappedRole Role, string Note) WithoutTakenNames(MappedRole role)
        {
            var taken = role.Aliases.Where(a => Owner(role, a) is not null).ToList();
            leftOut.AddRange(taken.Select(a => $"'{a}' for {role.Id} (a name of {Owner(role, a)})"));
            return (role with { Aliases = role.Aliases.Except(taken, StringComparer.Ordinal).ToList() },
                taken.Count == 0 ? "" : $"; left out {string.Join(", ", taken)}, a name of another role");
        }

        var approved = await ApprovedStandardsAsync(db, released, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        void Log(string id, string what) =>
            db.RoleMapChanges.Add(new RoleMapChange { EntryId = id, AtUtc = now, By = RoleMapDbSource.SeededBy, What = RoleMapChangeText.Released(what) });
        var flagged = new HashSet<string>(StringComparer.Ordinal);
        void Flag(RoleMapEntry entry, string reason)
        {
            flagged.Add(entry.Id);
            // A role not yet reviewed since an earlier flag keeps that reason too, as the import's flags do.
            var text = entry.NeedsReview && entry.ReviewReason is { Length: > 0 } earlier && !earlier.Contains(reason, StringComparison.Ordinal)
                ? $"{earlier}; {reason}" : reason;
            (entry.NeedsReview, entry.ReviewFlaggedUtc) = (true, now);
            entry.ReviewReason = text.Length > RoleMapEntry.MaxReviewReasonLength ? text[..(RoleMapEntry.MaxReviewReasonLength - 1)] + "…" : text;
        }
        void FlagUnapproved(RoleMapEntry entry, MappedRole role)
        {
            if (approved is not null && role.Standards.Where(s => !approved.Contains(s)).ToList() is { Count: > 0 } unapproved)
            {
                Flag(entry, $"{string.Join(", ", unapproved)} not approved in today's feed (RoleMapper's built-in map names it)");
            }
        }

        var added = 0;
        foreach (var fromRelease in toAdd)
        {
            if (Owner(fromRelease, fromRelease.Title) is { } owner)
            {
                leftOut.Add($"role {fromRelease.Id}: its title '{fromRelease.Title}' is a name of {owner}");
                continue;
            }
            var (role, note) = WithoutTakenNames(fromRelease);
            var entry = new RoleMapEntry
            {
                Id = role.Id, ServiceArea = role.ServiceArea, Title = role.Title, JobFamily = role.JobFamily, Aliases = [.. role.Aliases],
                Standards = [.. role.Standards], Reason = role.Reason, CheckedAgainst = role.CheckedAgainst,
                UpdatedUtc = now, UpdatedBy = RoleMapDbSource.SeededBy, ReleaseHash = HashOf(fromRelease),
            };
            db.RoleMapEntries.Add(entry);
            FlagUnapproved(entry, role);
            Log(role.Id, RoleMapChangeText.Added(role) + note);
            added++;
        }

        var updated = 0;
        foreach (var (entry, fromRelease) in toUpdate)
        {
            if (Owner(fromRelease, fromRelease.Title) is { } owner)
            {
                Flag(entry, $"RoleMapper's built-in map now calls it '{fromRelease.Title}', a name of {owner}");
                entry.ReleaseHash = HashOf(fromRelease);
                continue;
            }
            var (role, note) = WithoutTakenNames(fromRelease);
            var what = RoleMapChangeText.Describe(entry.ToMappedRole(), role)
                ?? (entry.CheckedAgainst != role.CheckedAgainst ? $"Checked against: {entry.CheckedAgainst} → {role.CheckedAgainst}" : null);
            entry.ReleaseHash = HashOf(fromRelease);
            if (what is not null)
            {
                (entry.Title, entry.ServiceArea, entry.JobFamily, entry.Reason, entry.CheckedAgainst) = (role.Title, role.ServiceArea, role.JobFamily, role.Reason, role.CheckedAgainst);
                (entry.Aliases, entry.Standards, entry.UpdatedUtc) = ([.. role.Aliases], [.. role.Standards], now);
                FlagUnapproved(entry, role);
                Log(role.Id, what + note);
                updated++;
            }
        }

        foreach (var (entry, role) in toFlag)
        {
            // The sector team's version stands; the flag says what the release would have made it.
            Flag(entry, $"RoleMapper's built-in map now reads differently: {RoleMapChangeText.Describe(entry.ToMappedRole(), role) ?? $"checked against {role.CheckedAgainst}"}");
            entry.ReleaseHash = HashOf(role);
        }

        // One save, one transaction: a failure leaves the map as it was, to be merged at the next start.
        await db.SaveChangesAsync(ct);
        return new RoleMapMerge(added, updated, flagged.Count, leftOut);
    }

    /// <summary>
    /// Whether the release may change anything: a role of it the database lacks, or whose fingerprint is not this
    /// release's. Reads only ids and fingerprints. An empty map is seeding's to fill, not the merge's.
    /// </summary>
    private async Task<bool> HasWorkAsync(IReadOnlyList<MappedRole> released, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var fingerprints = await db.RoleMapEntries.AsNoTracking().Select(e => new { e.Id, e.ReleaseHash })
            .ToDictionaryAsync(e => e.Id, e => e.ReleaseHash, StringComparer.Ordinal, ct);
        return fingerprints.Count > 0 && released.Any(r => fingerprints.GetValueOrDefault(r.Id) != HashOf(r));
    }

    /// <summary>
    /// The references approved in the database's feed today, or null before its first import (the merge runs before
    /// the bundled snapshot is imported into a new database, when nothing could be approved yet).
    /// </summary>
    private static async Task<HashSet<string>?> ApprovedStandardsAsync(RoleMapperDbContext db, IReadOnlyList<MappedRole> released, CancellationToken ct)
    {
        if (!await db.StandardVersions.AnyAsync(ct))
        {
            return null;
        }
        var references = released.SelectMany(r => r.Standards).Distinct().ToList();
        return (await db.StandardVersions.AsNoTracking()
                .Where(v => references.Contains(v.Reference) && v.Status == StandardStatus.ApprovedForDelivery && v.RemovedFromFeedUtc == null)
                .Select(v => v.Reference).Distinct().ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A fingerprint of everything the map says about a role, to tell whether a release changed it.</summary>
    public static string HashOf(MappedRole role)
    {
        var text = string.Join('\u001f', role.Id, role.ServiceArea, role.Title, role.JobFamily,
            string.Join('\u001e', role.Aliases), string.Join('\u001e', role.Standards), role.Reason, role.CheckedAgainst);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

/// <summary>
/// What merging a release of the built-in map did: roles added, brought up to date, flagged for review (the sector
/// team's edits the release differs from, and roles naming a standard not approved today), names left out.
/// </summary>
public sealed record RoleMapMerge(int Added, int Updated, int Flagged, IReadOnlyList<string> LeftOut)
{
    public static readonly RoleMapMerge Nothing = new(0, 0, 0, []);

    public bool ChangedAnything => Added + Updated + Flagged > 0;
}
