namespace RoleMapper.Web.Tests.PageTests.Council.Roles;

/// <summary>
/// Importing an updated establishment list through the real upload and preview pages: the preview says what changes
/// (old → new), what is new and which saved roles the file leaves out; saving updates roles in place, keeps decisions,
/// doubles nothing, and removes the roles left out only when asked and confirmed.
/// </summary>
public abstract class ReimportTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : ReimportTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : ReimportTests(host);

    private const string First =
        "Job title,Service area,Department,Grade,Headcount\n" +
        "Software Developer,ICT,Digital,H7,4\n" +
        "Social Worker,Children's Services,Safeguarding,SW2,12\n" +
        "Team Leader,Customer Services,Contact Centre,M1,3\n";

    /// <summary>The developer's grade and headcount change, the social worker is as before, a planner is new, and the team leader is left out.</summary>
    private const string Second =
        "Job title,Service area,Department,Grade,Headcount\n" +
        "software developer,ict,Digital,H8,6\n" +
        "Social Worker,Children's Services,Safeguarding,SW2,12\n" +
        "Planning Officer,Planning,Development Management,P2,2\n";

    [Fact]
    public async Task Reimport_PreviewShowsOldAndNew_ThenUpdatesHeadcountAndGrade_KeepsDecisions_AndDoublesNothing()
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);
        await admin.SubmitAndFollowAsync(await admin.UploadAndFollowAsync(Workspace.Csv(First), "establishment.csv"), "main form");
        var developer = (await RoleAsync(council, "Software Developer"))!;
        await admin.PressAsync(await admin.GetPageAsync($"/council/roles/{developer.Id}"), $"/council/roles/{developer.Id}?handler=Confirm",
            ("Reference", "ST0116"), ("Note", "Fits our ICT team"));

        var preview = await admin.UploadAndFollowAsync(Workspace.Csv(Second), "establishment-2027.csv");

        Assert.Equal(["Updated", "Unchanged", "New role"], preview.All("[data-testid=preview-rows] td[data-label='On saving'] .tag"));
        var updatedRow = preview.All("[data-testid=preview-rows] tbody tr[data-outcome=Updated]").Single();
        Assert.Contains("software developer", updatedRow, StringComparison.Ordinal);
        Assert.Equal(["grade: H7 → H8", "headcount: 4 → 6"], preview.All("[data-testid=preview-rows] [data-testid=changes] li"));
        Assert.Equal(["1 new role will be added", "1 saved role will be updated", "1 saved role is unchanged", "0 rows have errors and will be skipped",
            "0 rows have warnings to check", "1 saved role is not in this file"], preview.All("[data-testid=preview-counts] li"));
        Assert.Contains("Team Leader", preview.All("[data-testid=not-in-file] td[data-label='Job title']"));
        Assert.Contains("they leave your job roles, the role map and the Excel export", preview.One("[data-testid=not-in-file]")!.TextContent, StringComparison.Ordinal);
        var onlyChanges = await admin.GetPageAsync(preview.Path + "?changes=true");
        Assert.Equal(["Updated", "New role"], onlyChanges.All("[data-testid=preview-rows] td[data-label='On saving'] .tag"));

        var list = await admin.SubmitAndFollowAsync(preview, "main form");

        Assert.Equal("1 role was added from establishment-2027.csv. 1 role was updated. 1 role was unchanged.", list.One("[data-testid=done]")!.TextContent.Trim());
        await using var db = host.CouncilContext(council);
        Assert.Equal(["Planning Officer", "Social Worker", "Software Developer", "Team Leader"], await db.JobRoles.OrderBy(r => r.Title).Select(r => r.Title).ToListAsync());
        var updated = await host.RoleAsync(council, developer.Id);
        Assert.Equal(("H8", 6, "Digital"), (updated.Grade, updated.Headcount, updated.Department));
        Assert.Equal((MappingStatus.Confirmed, "Fits our ICT team"), (updated.Status, updated.MappingNote));
        Assert.Equal(["ST0116"], updated.Standards.Select(s => s.Reference));
        Assert.Equal(0, await db.RoleUploads.CountAsync());
    }

    [Fact]
    public async Task Reimport_RemovingRolesNotInTheFile_AsksForConfirmation_ThenRemovesThem()
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);
        await admin.SubmitAndFollowAsync(await admin.UploadAndFollowAsync(Workspace.Csv(First), "establishment.csv"), "main form");
        var preview = await admin.UploadAndFollowAsync(Workspace.Csv(Second), "establishment-2027.csv");

        var unconfirmed = await admin.SubmitAndFollowAsync(preview, "main form", ("NotInFile", "Remove"));

        Assert.Equal(["Tick the box to confirm that the saved roles not in this file are to be removed, or choose to keep them."], unconfirmed.Errors);
        Assert.Equal(3, await CountRolesAsync(council));
        Assert.NotNull(await RoleAsync(council, "Team Leader"));

        var list = await admin.SubmitAndFollowAsync(unconfirmed, "main form", ("NotInFile", "Remove"), ("ConfirmRemoval", "true"));

        Assert.EndsWith("1 role not in the file was removed.", list.One("[data-testid=done]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(await RoleAsync(council, "Team Leader"));
        Assert.Equal(3, await CountRolesAsync(council));
    }

    private async Task<JobRole?> RoleAsync(TestCouncil council, string title)
    {
        await using var db = host.CouncilContext(council);
        return await db.JobRoles.AsNoTracking().SingleOrDefaultAsync(r => r.Title == title);
    }

    private async Task<int> CountRolesAsync(TestCouncil council)
    {
        await using var db = host.CouncilContext(council);
        return await db.JobRoles.CountAsync();
    }
}
