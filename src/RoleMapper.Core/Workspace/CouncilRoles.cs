using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Workspace.RoleFiles;

namespace RoleMapper.Core.Workspace;

/// <summary>
/// A council's roles: adding them (one, the sector role map's roles for <see cref="StarterRoles"/>, the good rows of a file), changing one and
/// deleting one, for the context's current council. A role is saved with its suggestion, in one transaction
/// (<see cref="RoleSuggestions.SaveAndRefreshAsync"/>). Two roles with one <see cref="RoleKey"/> are never saved: a
/// duplicate is skipped or refused.
/// </summary>
public sealed class CouncilRoles(RoleMapperDbContext db, RoleSuggestions suggestions, TimeProvider clock)
{
    /// <summary>The keys of the council's saved roles.</summary>
    public async Task<HashSet<RoleKey>> SavedKeysAsync(CancellationToken ct) =>
        await KeysAsync(db.JobRoles, ct);

    /// <summary>
    /// Adds the roles, skipping any whose key is already saved (or repeated in <paramref name="roles"/>), and fills
    /// their suggestions; all or nothing. Returns the roles added, in order.
    /// </summary>
    public async Task<IReadOnlyList<JobRole>> AddAsync(IEnumerable<RoleDetails> roles, string? createdBy, CancellationToken ct)
    {
        // Checked again at saving: another person may have added some of the roles since a preview.
        var taken = await SavedKeysAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = new List<JobRole>();
        foreach (var details in roles.Where(r => taken.Add(r.Key)))
        {
            var role = new JobRole { Title = details.Title, Status = MappingStatus.Unmapped, CreatedUtc = now, UpdatedUtc = now, CreatedByName = createdBy };
            details.ApplyTo(role);
            added.Add(role);
        }
        db.JobRoles.AddRange(added);
        await suggestions.SaveAndRefreshAsync(added, ct);
        return added;
    }

    /// <summary>Adds the importable rows of a role file, as <see cref="AddAsync(IEnumerable{RoleDetails}, string?, CancellationToken)"/>.</summary>
    public Task<IReadOnlyList<JobRole>> AddAsync(IEnumerable<RoleFileRow> rows, string? createdBy, CancellationToken ct) =>
        AddAsync(rows.Where(r => r.IsImportable).Select(r => r.Details), createdBy, ct);

    /// <summary>
    /// Changes a role's details; a new title gets a fresh suggestion, and decisions already made stay. Null when the
    /// council has no such role.
    /// </summary>
    public async Task<RoleChange?> ChangeAsync(int id, RoleDetails details, CancellationToken ct)
    {
        // Another council's role is simply not found: the tenancy filter hides it.
        if (await db.JobRoles.FirstOrDefaultAsync(r => r.Id == id, ct) is not { } role)
        {
            return null;
        }
        if ((await KeysAsync(db.JobRoles.Where(r => r.Id != id), ct)).Contains(details.Key))
        {
            return RoleChange.Duplicate;
        }
        var retitled = !string.Equals(role.Title, details.Title, StringComparison.Ordinal);
        details.ApplyTo(role);
        role.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        if (retitled)
        {
            await suggestions.SaveAndRefreshAsync([role], ct);
        }
        else
        {
            await db.SaveChangesAsync(ct);
        }
        return RoleChange.Saved;
    }

    /// <summary>
    /// Deletes the role with its mapping decisions; skills gaps recorded against it are kept, unlinked, because they
    /// still describe the service area. Returns the deleted role's title, or null when the council has no such role.
    /// </summary>
    public async Task<string?> DeleteAsync(int id, CancellationToken ct)
    {
        if (await db.JobRoles.FirstOrDefaultAsync(r => r.Id == id, ct) is not { } role)
        {
            return null;
        }
        db.JobRoles.Remove(role);
        await db.SaveChangesAsync(ct);
        return role.Title;
    }

    private static async Task<HashSet<RoleKey>> KeysAsync(IQueryable<JobRole> roles, CancellationToken ct) =>
        (await roles.AsNoTracking().Select(r => new { r.Title, r.ServiceArea, r.Department }).ToListAsync(ct))
            .Select(r => new RoleKey(r.Title, r.ServiceArea, r.Department))
            .ToHashSet();
}

/// <summary>What became of a change to a role.</summary>
public enum RoleChange
{
    Saved,
    /// <summary>Another of the council's roles has that title in that service area; nothing was saved.</summary>
    Duplicate,
}
