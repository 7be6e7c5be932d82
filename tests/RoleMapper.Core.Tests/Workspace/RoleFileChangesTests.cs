using static RoleMapper.Core.Tests.Workspace.RoleFiles.RoleFiles;

namespace RoleMapper.Core.Tests.Workspace;

/// <summary>A role file compared with saved roles (<see cref="RoleFileChanges"/>): what the preview shows before saving.</summary>
public sealed class RoleFileChangesTests
{
    private static readonly JobRole[] Saved =
    [
        Role(1, "Software Developer", "ICT", r => (r.Department, r.Grade, r.Headcount, r.Fte, r.Notes) = ("Digital", "H7", 4, 3.5m, "Web team")),
        Role(2, "Social Worker", "Children", r => (r.Grade, r.Headcount) = ("SW2", 12)),
        Role(3, "Cook", "Schools", r => r.Status = MappingStatus.Confirmed),
        Role(4, "Cleaner", "Schools"),
    ];

    [Fact]
    public void Between_MatchesByTitleAndServiceArea_InAnyCaseOrSpacing_AndSaysWhatChanges()
    {
        var preview = ReadCsv("Job title,Service area,Department,Grade,Headcount,FTE\n"
            + "software  developer,ict,Digital,H8,6,5.50\nSocial Worker,Children,,SW2,12,\nChef,Schools,,S1,2,\n");

        var changes = RoleFileChanges.Between(preview.Rows, Saved);

        Assert.Equal([RowOutcome.Updated, RowOutcome.Unchanged, RowOutcome.New], changes.Rows.Select(r => r.Outcome));
        Assert.Equal([1, 2, null], changes.Rows.Select(r => r.RoleId));
        Assert.Equal(["grade \"H7\" -> \"H8\"", "headcount 4 -> 6", "FTE 3.5 -> 5.5"], changes.Rows[0].Changes.Select(c => c.ToString()));
        Assert.Equal((1, 1, 1), (changes.NewCount, changes.UpdatedCount, changes.UnchangedCount));
    }

    [Fact]
    public void Between_AnEmptyCellOrAMissingColumn_LeavesTheSavedValue()
    {
        // No notes, FTE or department column, and an empty grade: only the headcount says anything new.
        var preview = ReadCsv("Job title,Service area,Grade,Headcount\nSoftware Developer,ICT,,5\n");
        var role = Role(1, "Software Developer", "ICT", r => (r.Department, r.Grade, r.Headcount, r.Fte, r.Notes) = ("Digital", "H7", 4, 3.5m, "Web team"));

        var change = Assert.Single(RoleFileChanges.Between(preview.Rows, [role]).Rows);
        RoleFileChanges.Apply(change.Row, role);

        Assert.Equal([RoleField.Headcount], change.Changes.Select(c => c.Field));
        Assert.Equal(("Digital", "H7", 5, 3.5m, "Web team"), (role.Department, role.Grade, role.Headcount, role.Fte, role.Notes));
    }

    [Fact]
    public void Between_ListsSavedRolesTheFileDoesNotName_ButNotThoseWhoseRowHasAnError()
    {
        var preview = ReadCsv("Job title,Service area,Headcount\nSoftware Developer,ICT,many\nSocial Worker,Children,12\n");

        var changes = RoleFileChanges.Between(preview.Rows, Saved);

        Assert.Equal([RowOutcome.NotSaved, RowOutcome.Unchanged], changes.Rows.Select(r => r.Outcome));
        Assert.Equal(["Cleaner", "Cook"], changes.NotInFile.Select(r => r.Title));
        Assert.Equal([false, true], changes.NotInFile.Select(r => r.IsDecided));
    }

    private static JobRole Role(int id, string title, string? serviceArea, Action<JobRole>? set = null)
    {
        var role = new JobRole { Id = id, Title = title, ServiceArea = serviceArea, Status = MappingStatus.Suggested };
        set?.Invoke(role);
        return role;
    }
}
