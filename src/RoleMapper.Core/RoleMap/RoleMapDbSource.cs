using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;

namespace RoleMapper.Core.RoleMap;

/// <summary>
/// The sector role map from the database, where the sector team edits it (<see cref="SectorRoleMapEditing"/>). An
/// empty table is filled once from <paramref name="seed"/> (the CSV built into Core): several nodes starting together
/// may all try, the slug key lets one win and the others read its rows. The parsed map is kept per process with a
/// stamp of the change log (its count and highest id): every edit writes a line, so a node sees another node's edit at
/// its next read, and a read that finds the stamp unchanged costs one small query.
/// </summary>
public sealed class RoleMapDbSource(IDbContextFactory<RoleMapperDbContext> contexts, IRoleMapSource seed, TimeProvider clock) : IRoleMapSource
{
    /// <summary>Who the seeded rows say changed them last.</summary>
    public const string SeededBy = "data/role-map/sector-role-map.csv";

    private (string Stamp, IReadOnlyList<MappedRole> Roles)? kept;

    public async Task<IReadOnlyList<MappedRole>> LoadAsync(CancellationToken ct = default)
    {
        var stamp = await StampAsync(ct);
        if (kept is { } map && map.Stamp == stamp)
        {
            return map.Roles;
        }
        await EnsureSeededAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entries = await db.RoleMapEntries.AsNoTracking().ToListAsync(ct);
        // Ordered here, not by the database: PostgreSQL's collation and SQLite's byte order sort ids differently, and
        // the matcher breaks ties by the map's order, so every provider must hand it the same order (the CSV's: by
        // service area, then title, in any case).
        IReadOnlyList<MappedRole> roles = entries
            .OrderBy(e => e.ServiceArea, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => e.ToMappedRole()).ToList();
        // The stamp was read before the rows, so an edit in between only makes the next read fetch them again.
        kept = (stamp, roles);
        return roles;
    }

    public async Task<string> StampAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entries = await db.RoleMapEntries.CountAsync(ct);
        var changes = await db.RoleMapChanges.CountAsync(ct);
        var last = await db.RoleMapChanges.MaxAsync(c => (long?)c.Id, ct);
        return string.Create(CultureInfo.InvariantCulture, $"{entries}:{changes}:{last ?? 0}");
    }

    /// <summary>Fills an empty map from the seed, once across every node.</summary>
    public async Task EnsureSeededAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.RoleMapEntries.AnyAsync(ct))
        {
            return;
        }
        var roles = await seed.LoadAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        db.RoleMapEntries.AddRange(roles.Select(r => new RoleMapEntry
        {
            Id = r.Id, ServiceArea = r.ServiceArea, Title = r.Title, JobFamily = r.JobFamily, Aliases = [.. r.Aliases],
            Standards = [.. r.Standards], Reason = r.Reason, CheckedAgainst = r.CheckedAgainst, UpdatedUtc = now, UpdatedBy = SeededBy,
            ReleaseHash = MergeReleasedRoleMap.HashOf(r),
        }));
        try
        {
            // One save, so one transaction: another node sees all the rows or none.
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Another node seeded first; its rows are the same map.
        }
    }
}
