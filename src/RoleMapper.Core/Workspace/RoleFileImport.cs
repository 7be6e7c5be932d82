using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Workspace.RoleFiles;

namespace RoleMapper.Core.Workspace;

/// <summary>What saving a role file did: the comparison it saved, the roles it added and those it removed.</summary>
public sealed record ImportedRoles(RoleFileChanges Changes, IReadOnlyList<JobRole> Added, IReadOnlyList<RoleNotInFile> Removed)
{
    public int Rows => Changes.Rows.Count;
    public int Updated => Changes.UpdatedCount;
    public int Unchanged => Changes.UnchangedCount;

    /// <summary>Rows not saved: those with errors.</summary>
    public int Skipped => Rows - Added.Count - Updated - Unchanged;

    /// <summary>Saved roles the file does not name that were kept.</summary>
    public int KeptNotInFile => Changes.NotInFile.Count - Removed.Count;
}

/// <summary>
/// Importing a council's role file, first or again: the file is compared with the saved roles
/// (<see cref="RoleFileChanges"/>), new roles are added with their suggestions, saved roles the file names are updated
/// (their mapping decisions stay: the title, which they are about, does not change), and saved roles the file does not
/// name are kept or, when asked, removed. The upload preview (<see cref="RoleUploads"/>) and <c>rolemapper roles import</c>
/// both save through <see cref="SaveAsync"/>, so both apply the same rule.
/// </summary>
public sealed class RoleFileImport(RoleMapperDbContext db, CouncilRoles roles, TimeProvider clock)
{
    /// <summary>The file compared with the council's roles as they are now, for a preview.</summary>
    public async Task<RoleFileChanges> CompareAsync(RoleFilePreview preview, CancellationToken ct) =>
        RoleFileChanges.Between(preview.Rows, await db.JobRoles.AsNoTracking().ToListAsync(ct));

    /// <summary>
    /// Saves the file's good rows, all or nothing, in the caller's transaction or a new one. The comparison is made again
    /// here, against the roles as they are when saving: someone may have changed them since a preview.
    /// </summary>
    /// <param name="notInFile">Whether saved roles the file does not name are kept or removed.</param>
    /// <param name="removeOnlyCreatedBefore">When set, only roles created by then are removed: a role added after the
    /// person looked at the preview was not in the list they agreed to remove.</param>
    public Task<ImportedRoles> SaveAsync(RoleFilePreview preview, RolesNotInFile notInFile, string? createdBy,
        DateTime? removeOnlyCreatedBefore, CancellationToken ct) =>
        db.InTransactionAsync(async () =>
        {
            var saved = await db.JobRoles.ToDictionaryAsync(r => r.Id, ct);
            var changes = RoleFileChanges.Between(preview.Rows, saved.Values);
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var change in changes.Updated)
            {
                var role = saved[change.RoleId!.Value];
                RoleFileChanges.Apply(change.Row, role);
                role.UpdatedUtc = now;
            }
            var removed = notInFile == RolesNotInFile.Remove
                ? changes.NotInFile.Where(r => removeOnlyCreatedBefore is not { } cutoff || r.CreatedUtc <= cutoff).ToList()
                : [];
            // As deleting one role: its decisions go with it (cascade), skills gaps recorded against it are unlinked.
            db.JobRoles.RemoveRange(removed.Select(r => saved[r.Id]));
            // Adding saves the updates and removals too, with the new roles' suggestions.
            var added = await roles.AddAsync(changes.New.Select(c => c.Row.Details), createdBy, ct);
            return new ImportedRoles(changes, added, removed);
        }, ct);
}
