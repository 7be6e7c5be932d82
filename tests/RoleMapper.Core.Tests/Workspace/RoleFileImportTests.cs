using Moq;

namespace RoleMapper.Core.Tests.Workspace;

/// <summary>
/// Importing a role file again (Core's <see cref="RoleFileImport"/>, as the upload preview and <c>roles import</c> save):
/// saved roles are updated with their decisions kept, nothing is doubled, roles not in the file are kept or removed.
/// On the small 22 Aug 2026 feed, so decisions are real confirmations.
/// </summary>
public abstract class RoleFileImportTests(DatabaseProvider provider) : WorkspaceTest(provider, RepoPaths.SmallNewFeed)
{
    public sealed class OnSqlite() : RoleFileImportTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : RoleFileImportTests(DatabaseProvider.Postgres);

    private const string First = "Job title,Service area,Grade,Headcount,FTE,Notes\n"
        + "Software Developer,ICT,H7,4,3.5,Web team\nSocial Worker,Children,SW2,12,,\nCook,Schools,S1,3,,\n";

    private const string Second = "Job title,Service area,Grade,Headcount,FTE\n"
        + "software developer,ICT,H8,6,5.5\nSocial Worker,Children,SW2,12,\nChef,Schools,S1,2,\n";

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero));

    protected override void Configure(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);

    [Fact]
    public async Task Save_AnUpdatedFile_UpdatesHeadcountAndGrade_KeepsDecisions_AndDoublesNothing()
    {
        Matcher.Suggests("Software Developer", Matchers.Candidate("ST0116"));
        await using var workspace = Database.WorkspaceFor(Council);
        await SaveAsync(workspace, First, RolesNotInFile.Keep);
        var developer = await workspace.Db.JobRoles.SingleAsync(r => r.Title == "Software Developer");
        var cook = await workspace.Db.JobRoles.SingleAsync(r => r.Title == "Cook");
        Assert.Equal(Decision.Done, await workspace.Mapping.ConfirmAsync(developer.Id, "ST0116", "Fits the ICT team", Workspaces.Person, default));
        Assert.Equal(Decision.Done, await workspace.Mapping.NoSuitableStandardAsync(cook.Id, "Kitchen staff train in house", Workspaces.Person, default));

        var saved = await SaveAsync(workspace, Second, RolesNotInFile.Keep);

        Assert.Equal(["Chef"], saved.Added.Select(r => r.Title));
        Assert.Equal((1, 1, 0, 1), (saved.Updated, saved.Unchanged, saved.Skipped, saved.KeptNotInFile));
        await using var check = Database.ContextFor(Council);
        Assert.Equal(["Chef", "Cook", "Social Worker", "Software Developer"], await check.JobRoles.OrderBy(r => r.Title).Select(r => r.Title).ToListAsync());
        var updated = await check.LoadAsync(developer.Id);
        // The title is the key, so it keeps its saved spelling; the notes, not in the new file, stay.
        Assert.Equal(("Software Developer", "H8", 6, 5.5m, "Web team"), (updated.Title, updated.Grade, updated.Headcount, updated.Fte, updated.Notes));
        Assert.Equal((MappingStatus.Confirmed, "Fits the ICT team", Workspaces.Person.Name), (updated.Status, updated.MappingNote, updated.MappedByName));
        var primary = Assert.Single(updated.Standards);
        Assert.Equal(("ST0116", RoleStandardKind.Primary), (primary.Reference, primary.Kind));
        var kept = await check.LoadAsync(cook.Id);
        Assert.Equal((MappingStatus.NoSuitableStandard, "Kitchen staff train in house", 3), (kept.Status, kept.MappingNote, kept.Headcount));
    }

    [Fact]
    public async Task Save_RemovingRolesNotInTheFile_DeletesThemWithTheirDecisions_ButNotRolesAddedAfterTheCutOff()
    {
        await using var workspace = Database.WorkspaceFor(Council);
        await SaveAsync(workspace, First, RolesNotInFile.Keep);
        var cutOff = clock.GetUtcNow().UtcDateTime;
        clock.Advance(TimeSpan.FromMinutes(5));
        await workspace.Roles.AddAsync([new RoleDetails("Caretaker", "Schools")], "someone else", default);
        var cook = await workspace.Db.JobRoles.SingleAsync(r => r.Title == "Cook");
        Assert.Equal(Decision.Done, await workspace.Mapping.ConfirmAsync(cook.Id, "ST0116", null, Workspaces.Person, default));
        Assert.Equal(1, await workspace.Db.RoleStandards.CountAsync(s => s.JobRoleId == cook.Id));

        var saved = await workspace.Get<RoleFileImport>().SaveAsync(Read(Second), RolesNotInFile.Remove, "test", cutOff, default);

        Assert.Equal(["Cook"], saved.Removed.Select(r => r.Title));
        Assert.Equal(1, saved.KeptNotInFile);
        await using var check = Database.ContextFor(Council);
        Assert.Equal(["Caretaker", "Chef", "Social Worker", "Software Developer"], await check.JobRoles.OrderBy(r => r.Title).Select(r => r.Title).ToListAsync());
        Assert.Equal(0, await check.RoleStandards.CountAsync(s => s.JobRoleId == cook.Id));
    }

    [Fact]
    public async Task Save_FailingPartWay_ChangesNoRole()
    {
        await using (var workspace = Database.WorkspaceFor(Council))
        {
            await SaveAsync(workspace, First, RolesNotInFile.Keep);
        }
        Matcher.Setup(m => m.Match("Chef", It.IsAny<MatchOptions?>())).Throws(new InvalidOperationException("The index went away."));

        await using (var workspace = Database.WorkspaceFor(Council))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => workspace.Get<RoleFileImport>().SaveAsync(Read(Second), RolesNotInFile.Remove, "test", null, default));
        }

        await using var check = Database.ContextFor(Council);
        Assert.Equal(["Cook", "Social Worker", "Software Developer"], await check.JobRoles.OrderBy(r => r.Title).Select(r => r.Title).ToListAsync());
        var developer = await check.JobRoles.SingleAsync(r => r.Title == "Software Developer");
        Assert.Equal(("H7", 4), (developer.Grade, developer.Headcount));
    }

    private static Task<ImportedRoles> SaveAsync(CouncilWorkspace workspace, string csv, RolesNotInFile notInFile) =>
        workspace.Get<RoleFileImport>().SaveAsync(Read(csv), notInFile, "test", null, default);

    private static RoleFilePreview Read(string csv) => RoleFileReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), "roles.csv");
}
