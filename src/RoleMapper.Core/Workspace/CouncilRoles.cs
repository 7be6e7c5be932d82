using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Workspace.RoleFiles;

namespace RoleMapper.Core.Workspace;

/// <summary>
/// Adding roles to the current council from rows read by <see cref="RoleFileReader"/>: an uploaded file (web and CLI)
/// or the starter catalogue. Roles whose key is already taken are skipped, never doubled.
/// </summary>
public static class CouncilRoles
{
    /// <summary>The keys of the current council's saved roles, to pass to <see cref="RoleFileReader.Read"/>.</summary>
    public static async Task<HashSet<RoleKey>> ExistingKeysAsync(RoleMapperDbContext db, CancellationToken ct)
    {
        var saved = await db.JobRoles.AsNoTracking()
            .Select(r => new { r.Title, r.ServiceArea, r.Department })
            .ToListAsync(ct);
        return saved.Select(r => new RoleKey(r.Title, r.ServiceArea, r.Department)).ToHashSet();
    }

    /// <summary>Saves the rows as new roles of the current council, skipping any whose key is taken; returns the new roles.</summary>
    public static async Task<List<JobRole>> AddAsync(RoleMapperDbContext db, IEnumerable<RoleFileRow> rows, string? createdBy,
        DateTime nowUtc, CancellationToken ct)
    {
        // Checked again at saving: another person may have added some of the roles since the preview.
        var taken = await ExistingKeysAsync(db, ct);
        var added = new List<JobRole>();
        foreach (var row in rows.Where(r => r.IsImportable && taken.Add(r.Key)))
        {
            added.Add(new JobRole
            {
                Title = row.Title, ServiceArea = row.ServiceArea, Department = row.Department, JobFamily = row.JobFamily,
                Grade = row.Grade, Headcount = row.Headcount, Fte = row.Fte, Notes = row.Notes,
                Status = MappingStatus.Unmapped, CreatedUtc = nowUtc, UpdatedUtc = nowUtc, CreatedByName = createdBy,
            });
        }
        db.JobRoles.AddRange(added);
        await db.SaveChangesAsync(ct);
        return added;
    }
}
