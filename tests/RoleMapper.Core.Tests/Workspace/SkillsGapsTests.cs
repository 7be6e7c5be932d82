namespace RoleMapper.Core.Tests.Workspace;

/// <summary>Recording, changing and deleting skills gaps through Core's <see cref="SkillsGaps"/>, on the small 22 Aug 2026 feed.</summary>
public abstract class SkillsGapsTests(DatabaseProvider provider) : WorkspaceTest(provider, RepoPaths.SmallNewFeed)
{
    public sealed class OnSqlite() : SkillsGapsTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : SkillsGapsTests(DatabaseProvider.Postgres);

    private static readonly DateOnly Today = new(2026, 9, 1);
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero));

    protected override void Configure(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);

    [Fact]
    public async Task Record_AboutARole_KeepsItsServiceAreaAndTidiesTheStandards()
    {
        await using var workspace = Database.WorkspaceFor(Council);
        var role = (await workspace.Roles.AddAsync([new RoleDetails("HGV Driver") { ServiceArea = "Waste" }], "test", default)).Single();

        var problems = await workspace.Gaps.RecordAsync(new GapDetails(GapSubject.Role, "  Not enough drivers ")
        {
            RoleId = role.Id, LinkedStandards = [" st0116", "ST0116", ""], Status = GapStatus.Open, TargetDate = Today.AddMonths(6),
        }, "pat@Council.example", default);

        Assert.Empty(problems);
        var gap = await Database.ContextFor(Council).SkillsGaps.SingleAsync();
        Assert.Equal((role.Id, "Waste", "Not enough drivers", "pat@Council.example"), (gap.JobRoleId, gap.ServiceArea, gap.Description, gap.CreatedByName));
        Assert.Equal(["ST0116"], gap.LinkedStandards);
    }

    [Fact]
    public async Task Record_WithProblems_SavesNothing_AndSaysWhatIsWrongWithEachField()
    {
        int theirRole;
        await using (var other = Database.WorkspaceFor(await Database.CouncilAsync()))
        {
            theirRole = (await other.Roles.AddAsync([new RoleDetails("Cook")], "test", default)).Single().Id;
        }
        await using var workspace = Database.WorkspaceFor(Council);

        var aboutNothing = await workspace.Gaps.RecordAsync(new GapDetails(null, "Gap"), "x", default);
        var theirs = await workspace.Gaps.RecordAsync(new GapDetails(GapSubject.Role, "Gap") { RoleId = theirRole }, "x", default);
        var problems = await workspace.Gaps.RecordAsync(new GapDetails(GapSubject.ServiceArea, "Gap")
        {
            ServiceArea = " ", LinkedStandards = ["ST9999"], Status = GapStatus.Open, TargetDate = Today.AddDays(-1),
        }, "x", default);
        var tooMany = await workspace.Gaps.RecordAsync(new GapDetails(GapSubject.ServiceArea, "Gap")
        {
            ServiceArea = "Waste", LinkedStandards = Enumerable.Range(1, SkillsGaps.MaxLinkedStandards + 1).Select(i => $"ST{i:D4}").ToList(),
            TargetDate = new DateOnly(2101, 1, 1),
        }, "x", default);

        Assert.Equal([GapField.About], aboutNothing.Select(p => p.Field));
        Assert.Equal([new GapProblem(GapField.Role, "Choose the job role the gap is about")], theirs);
        Assert.Equal(
        [
            new GapProblem(GapField.ServiceArea, "Enter the service area the gap is about"),
            new GapProblem(GapField.LinkedStandards, "ST9999 is not a standard in the feed. Untick it, or search for the standard"),
            new GapProblem(GapField.TargetDate, "The target date must be today or later. Only a closed gap can have a date in the past"),
        ], problems);
        Assert.Equal(
        [
            new GapProblem(GapField.LinkedStandards, "Link no more than 20 standards"),
            new GapProblem(GapField.TargetDate, "Enter a target date between the years 2000 and 2100"),
        ], tooMany);
        Assert.Equal(0, await Database.ContextFor(Council).SkillsGaps.CountAsync());
    }

    [Fact]
    public async Task Change_AnOpenGapKeepsThePastDateItHad_ButCannotBeGivenANewOne()
    {
        await using var workspace = Database.WorkspaceFor(Council);
        Assert.Empty(await workspace.Gaps.RecordAsync(new GapDetails(GapSubject.ServiceArea, "Gap") { ServiceArea = "Waste", TargetDate = Today }, "x", default));
        var id = (await workspace.Db.SkillsGaps.SingleAsync()).Id;
        clock.Advance(TimeSpan.FromDays(30));

        var keepsItsDate = await workspace.Gaps.ChangeAsync(id, new GapDetails(GapSubject.ServiceArea, "Gap, overdue") { ServiceArea = "Waste", TargetDate = Today }, default);
        var anotherPastDate = await workspace.Gaps.ChangeAsync(id, new GapDetails(GapSubject.ServiceArea, "Gap") { ServiceArea = "Waste", TargetDate = Today.AddDays(1) }, default);

        Assert.Empty(keepsItsDate!);
        Assert.Equal([GapField.TargetDate], anotherPastDate!.Select(p => p.Field));
        Assert.Equal("Gap, overdue", (await Database.ContextFor(Council).SkillsGaps.SingleAsync()).Description);
    }

    [Fact]
    public async Task ChangeOrDelete_AnotherCouncilsGap_IsNotFound()
    {
        int theirs;
        await using (var other = Database.WorkspaceFor(await Database.CouncilAsync()))
        {
            await other.Gaps.RecordAsync(new GapDetails(GapSubject.ServiceArea, "Theirs") { ServiceArea = "Waste" }, "x", default);
            theirs = (await other.Db.SkillsGaps.SingleAsync()).Id;
        }
        await using var workspace = Database.WorkspaceFor(Council);

        Assert.Null(await workspace.Gaps.ChangeAsync(theirs, new GapDetails(GapSubject.ServiceArea, "Mine") { ServiceArea = "Waste" }, default));
        Assert.False(await workspace.Gaps.DeleteAsync(theirs, default));
        await using var check = Database.NewContext();
        Assert.Equal("Theirs", (await check.SkillsGaps.IgnoreQueryFilters().SingleAsync(g => g.Id == theirs)).Description);
    }
}
