using Moq;
using static RoleMapper.TestSupport.Matchers;

namespace RoleMapper.Core.Tests.Workspace;

/// <summary>
/// Adding, changing and deleting a Council's roles through Core's <see cref="CouncilRoles"/>, as the pages, the command
/// line and the starter catalogue (<see cref="StarterRoles"/>) do; the matcher is a fake whose suggestions each test states.
/// </summary>
public abstract class CouncilRolesTests(DatabaseProvider provider) : WorkspaceTest(provider)
{
    public sealed class OnSqlite() : CouncilRolesTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : CouncilRolesTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task Add_SavesEachRoleWithItsSuggestion_AndWhoAddedIt()
    {
        Matcher.Suggests("Software Developer", Candidate("ST0116", Confidence.High, "title words"));
        await using var workspace = Database.WorkspaceFor(Council);

        var added = await workspace.Roles.AddAsync(
            [new RoleDetails("Software Developer") { ServiceArea = "ICT", Headcount = 4, Fte = 3.5m }, new RoleDetails("Qzxv Wplk")], "pat@Council.example", default);

        Assert.Equal(["Software Developer", "Qzxv Wplk"], added.Select(r => r.Title));
        var saved = await Database.ContextFor(Council).JobRoles.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(("ICT", 4, 3.5m, "pat@Council.example"), (saved[0].ServiceArea, saved[0].Headcount, saved[0].Fte, saved[0].CreatedByName));
        Assert.Equal((MappingStatus.Suggested, "ST0116", Confidence.High), (saved[0].Status, saved[0].SuggestedReference, saved[0].SuggestedConfidence));
        Assert.Equal((MappingStatus.Unmapped, null), (saved[1].Status, saved[1].SuggestedReference));
    }

    [Fact]
    public async Task Add_SkipsRolesAlreadySavedOrRepeated_InAnyCaseOrSpacing()
    {
        await using var workspace = Database.WorkspaceFor(Council);
        await workspace.Roles.AddAsync([new RoleDetails("Planning Officer") { ServiceArea = "Planning" }], "test", default);

        var added = await workspace.Roles.AddAsync(
        [
            new RoleDetails("planning  officer") { ServiceArea = "PLANNING" },
            new RoleDetails("Planning Officer") { Department = "Policy" },
            new RoleDetails("Planning Officer") { Department = "policy" },
        ], "test", default);

        Assert.Equal(["Policy"], added.Select(r => r.Department));
        Assert.Equal(2, await Database.ContextFor(Council).JobRoles.CountAsync());
    }

    [Fact]
    public async Task Add_TheMatcherFailsPartWay_NothingIsSaved()
    {
        Matcher.Setup(m => m.Match(It.IsAny<string?>(), It.IsAny<MatchOptions?>()))
            .Returns((string? title, MatchOptions? _) => new MatchResult(title!, [Candidate("ST0116")]));
        Matcher.Setup(m => m.Match("Role 3", It.IsAny<MatchOptions?>())).Throws(new InvalidOperationException("The index went away."));
        await using var workspace = Database.WorkspaceFor(Council);
        var roles = Enumerable.Range(1, 6).Select(i => new RoleDetails($"Role {i}")).ToList();

        await Assert.ThrowsAnyAsync<Exception>(() => workspace.Roles.AddAsync(roles, "test", default));

        // The roles were saved before the matcher was asked (their suggestions are written to the saved rows)...
        Matcher.Verify(m => m.Match("Role 3", It.IsAny<MatchOptions?>()), Times.Once);
        // ...and none of them is kept.
        Assert.Equal(0, await Database.ContextFor(Council).JobRoles.CountAsync());
        // The context forgot the roles it could not keep, so the same request can go on.
        Assert.Empty(workspace.Db.ChangeTracker.Entries());
    }

    [Fact]
    public async Task Add_RowsOfAFile_SavesOnlyTheImportableOnes()
    {
        await using var workspace = Database.WorkspaceFor(Council);
        var preview = RoleFileReader.Read(new MemoryStream("Job title,Headcount\nCarer,2\n,1\nCook,abc\n"u8.ToArray()), "roles.csv");

        var added = await workspace.Roles.AddAsync(preview.Rows, "test", default);

        Assert.Equal(["Carer"], added.Select(r => r.Title));
    }

    [Fact]
    public async Task Change_ANewTitle_GetsAFreshSuggestion_AndKeepsTheDecisions()
    {
        Matcher.Suggests("Clerk", Candidate("ST0070", Confidence.Medium)).Suggests("Software Developer", Candidate("ST0116"));
        await using var workspace = Database.WorkspaceFor(Council);
        var role = (await workspace.Roles.AddAsync([new RoleDetails("Clerk")], "test", default)).Single();
        await workspace.Mapping.RejectAsync(role.Id, "ST0003", null, new Decider(null, "test"), default);

        var change = await workspace.Roles.ChangeAsync(role.Id, new RoleDetails("Software Developer") { Grade = "H7" }, default);

        Assert.Equal(RoleChange.Saved, change);
        var saved = await Database.ContextFor(Council).LoadAsync(role.Id);
        Assert.Equal(("Software Developer", "H7", "ST0116"), (saved.Title, saved.Grade, saved.SuggestedReference));
        Assert.Equal("ST0003", Assert.Single(saved.Standards).Reference);
    }

    [Fact]
    public async Task Change_TheSameTitle_DoesNotMatchAgain()
    {
        Matcher.Suggests("Clerk", Candidate("ST0070"));
        await using var workspace = Database.WorkspaceFor(Council);
        var role = (await workspace.Roles.AddAsync([new RoleDetails("Clerk")], "test", default)).Single();
        Matcher.Invocations.Clear();

        await workspace.Roles.ChangeAsync(role.Id, new RoleDetails("Clerk") { Headcount = 3 }, default);

        Matcher.Verify(m => m.Match(It.IsAny<string?>(), It.IsAny<MatchOptions?>()), Times.Never);
        Assert.Equal(3, (await Database.ContextFor(Council).LoadAsync(role.Id)).Headcount);
    }

    [Fact]
    public async Task Change_IntoAnotherSavedRole_IsRefused_AndAnotherCouncilsRoleIsNotFound()
    {
        await using var workspace = Database.WorkspaceFor(Council);
        var roles = await workspace.Roles.AddAsync([new RoleDetails("Cook") { ServiceArea = "Schools" }, new RoleDetails("Chef") { ServiceArea = "Schools" }], "test", default);
        int theirs;
        await using (var other = Database.WorkspaceFor(await Database.CouncilAsync()))
        {
            theirs = (await other.Roles.AddAsync([new RoleDetails("Chef")], "test", default)).Single().Id;
        }

        Assert.Equal(RoleChange.Duplicate, await workspace.Roles.ChangeAsync(roles[1].Id, new RoleDetails("COOK") { ServiceArea = "schools" }, default));
        Assert.Null(await workspace.Roles.ChangeAsync(theirs, new RoleDetails("Sous chef"), default));
        Assert.Equal("Chef", (await Database.ContextFor(Council).LoadAsync(roles[1].Id)).Title);
    }

    [Fact]
    public async Task Delete_TakesTheDecisionsAndKeepsTheGapsUnlinked()
    {
        await using var workspace = Database.WorkspaceFor(Council);
        var role = (await workspace.Roles.AddAsync([new RoleDetails("Cook") { ServiceArea = "Schools" }], "test", default)).Single();
        await workspace.Mapping.RejectAsync(role.Id, "ST0003", null, new Decider(null, "test"), default);
        Assert.Empty(await workspace.Gaps.RecordAsync(new GapDetails(GapSubject.Role, "No chefs") { RoleId = role.Id }, "test", default));

        Assert.Equal("Cook", await workspace.Roles.DeleteAsync(role.Id, default));
        Assert.Null(await workspace.Roles.DeleteAsync(role.Id, default));

        await using var check = Database.ContextFor(Council);
        Assert.Equal(0, await check.RoleStandards.CountAsync());
        var gap = await check.SkillsGaps.SingleAsync();
        Assert.Equal((null, "Schools"), (gap.JobRoleId, gap.ServiceArea));
    }
}
