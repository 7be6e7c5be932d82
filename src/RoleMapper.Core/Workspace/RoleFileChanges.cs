using System.Globalization;
using RoleMapper.Core.Workspace.RoleFiles;

namespace RoleMapper.Core.Workspace;

/// <summary>What saving a role file's row will do to the council's roles.</summary>
public enum RowOutcome
{
    /// <summary>No saved role has the row's <see cref="RoleKey"/>: the row is added as a new role.</summary>
    New,
    /// <summary>A saved role has the row's key and the row changes some of its details.</summary>
    Updated,
    /// <summary>A saved role has the row's key and the row says nothing new about it.</summary>
    Unchanged,
    /// <summary>The row has an error and is skipped.</summary>
    NotSaved,
}

/// <summary>One detail of a saved role that a row changes, as text to show: "4" to "6", "H7" to "H8".</summary>
public sealed record RoleFieldChange(RoleField Field, string? Old, string New)
{
    /// <summary>"headcount 4 -> 6", for plain text such as the command line's output; notes, which run to lines, only say they changed.</summary>
    public override string ToString() => Field == RoleField.Notes
        ? "notes changed"
        : $"{RoleFileMessages.Name(Field)} {(Old is null ? "(none)" : Quoted(Old))} -> {Quoted(New)}";

    private string Quoted(string value) => Field is RoleField.Headcount or RoleField.Fte ? value : $"\"{value}\"";
}

/// <summary>A row of the file, what saving it does, and (for a saved role) what it changes.</summary>
public sealed record RowChange(RoleFileRow Row, RowOutcome Outcome, int? RoleId, IReadOnlyList<RoleFieldChange> Changes);

/// <summary>A saved role that no row of the file names; kept unless the person asks to remove such roles.</summary>
public sealed record RoleNotInFile(int Id, string Title, string? ServiceArea, string? Department, MappingStatus Status, DateTime CreatedUtc)
{
    /// <summary>True when the council decided about the role (confirmed a standard, or none fits): removing loses that.</summary>
    public bool IsDecided => Status is MappingStatus.Confirmed or MappingStatus.NoSuitableStandard;
}

/// <summary>What to do with saved roles that a re-imported file does not name.</summary>
public enum RolesNotInFile
{
    /// <summary>Leave them as they are: a file may list only part of the council.</summary>
    Keep,
    /// <summary>Delete them with their decisions, as deleting a role does (<see cref="CouncilRoles.DeleteAsync"/>).</summary>
    Remove,
}

/// <summary>
/// A role file compared with the council's saved roles, row by row: which rows add roles, which update a saved role
/// (and how: old value and new), which change nothing, which are skipped, and which saved roles the file does not name.
/// Rows match saved roles by <see cref="RoleKey"/> (title within service area, ignoring case and spacing). A row updates
/// the department, job family, grade, headcount, FTE and notes; an empty cell, or a column the file does not have, leaves
/// the saved value as it is, so a file with fewer columns loses nothing. The title and service area are the key and are
/// not changed. The preview shows this; <see cref="RoleFileImport"/> saves it.
/// </summary>
public sealed record RoleFileChanges(IReadOnlyList<RowChange> Rows, IReadOnlyList<RoleNotInFile> NotInFile)
{
    public IEnumerable<RowChange> New => Rows.Where(r => r.Outcome == RowOutcome.New);
    public IEnumerable<RowChange> Updated => Rows.Where(r => r.Outcome == RowOutcome.Updated);
    public int NewCount => New.Count();
    public int UpdatedCount => Updated.Count();
    public int UnchangedCount => Rows.Count(r => r.Outcome == RowOutcome.Unchanged);

    /// <summary>Compares the rows with <paramref name="saved"/>, the council's roles.</summary>
    public static RoleFileChanges Between(IReadOnlyList<RoleFileRow> rows, IReadOnlyCollection<JobRole> saved)
    {
        // Roles are saved with distinct keys (CouncilRoles), but the database does not enforce it: the first one wins.
        var byKey = saved.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Id).First());
        var changes = rows.Select(row => Compare(row, byKey)).ToList();
        // A row with an error still names its role: the role is not "missing" because its row needs fixing.
        var named = rows.Where(r => r.Title.Length > 0).Select(r => r.Key).ToHashSet();
        var notInFile = saved.Where(r => !named.Contains(r.Key))
            .OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.ServiceArea).ThenBy(r => r.Id)
            .Select(r => new RoleNotInFile(r.Id, r.Title, r.ServiceArea, r.Department, r.Status, r.CreatedUtc))
            .ToList();
        return new RoleFileChanges(changes, notInFile);
    }

    /// <summary>Sets on <paramref name="role"/> what the row changes (<see cref="Between"/>'s rule).</summary>
    public static void Apply(RoleFileRow row, JobRole role)
    {
        role.Department = row.Department ?? role.Department;
        role.JobFamily = row.JobFamily ?? role.JobFamily;
        role.Grade = row.Grade ?? role.Grade;
        role.Headcount = row.Headcount ?? role.Headcount;
        role.Fte = row.Fte ?? role.Fte;
        role.Notes = row.Notes ?? role.Notes;
    }

    private static RowChange Compare(RoleFileRow row, Dictionary<RoleKey, JobRole> saved)
    {
        if (!row.IsImportable)
        {
            return new RowChange(row, RowOutcome.NotSaved, null, []);
        }
        if (!saved.TryGetValue(row.Key, out var role))
        {
            return new RowChange(row, RowOutcome.New, null, []);
        }
        var changes = new List<RoleFieldChange>();
        Text(RoleField.Department, role.Department, row.Department);
        Text(RoleField.JobFamily, role.JobFamily, row.JobFamily);
        Text(RoleField.Grade, role.Grade, row.Grade);
        if (row.Headcount is { } headcount && headcount != role.Headcount)
        {
            changes.Add(new RoleFieldChange(RoleField.Headcount, role.Headcount?.ToString("N0", CultureInfo.InvariantCulture), headcount.ToString("N0", CultureInfo.InvariantCulture)));
        }
        if (row.Fte is { } fte && fte != role.Fte)
        {
            changes.Add(new RoleFieldChange(RoleField.Fte, role.Fte?.ToString("0.##", CultureInfo.InvariantCulture), fte.ToString("0.##", CultureInfo.InvariantCulture)));
        }
        Text(RoleField.Notes, role.Notes, row.Notes);
        return new RowChange(row, changes.Count == 0 ? RowOutcome.Unchanged : RowOutcome.Updated, role.Id, changes);

        void Text(RoleField field, string? old, string? now)
        {
            if (now is not null && !string.Equals(old, now, StringComparison.Ordinal))
            {
                changes.Add(new RoleFieldChange(field, old, now));
            }
        }
    }
}
