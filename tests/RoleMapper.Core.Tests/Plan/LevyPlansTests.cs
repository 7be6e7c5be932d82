using RoleMapper.Core.Plan;
using RoleMapper.Core.Programme;

namespace RoleMapper.Core.Tests.Plan;

/// <summary>
/// The costed plan on the real feed's funding bands (the 22 Aug 2026 fixture: real records of the feed): prices by the
/// version current in each year, totals against the levy, the target share, and the rules a council's input meets.
/// </summary>
public sealed class LevyPlansTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero));
    private TestDatabase database = null!;
    private int council;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(configure: s => s.AddSingleton<TimeProvider>(clock));
        await database.ImportAsync(RepoPaths.SmallNewFeed);
        council = await database.CouncilAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Get_PricesEachStartAtTheBandOfTheVersionCurrentInItsYear()
    {
        await using var workspace = database.WorkspaceFor(council);
        await workspace.SettingsAsync("2026-27", levy: 60_000);
        // ST0005 2.0 (approved from 27/05/2026) has a band of £4,500; 1.3 before it had £4,000.
        await workspace.AddAsync("ST0005", "2026-27", 4);
        // ST0001 1.0 (£21,000) takes starts until 17/12/2026; 2.0 (£26,000) is still in development.
        await workspace.AddAsync("ST0001", "2026-27", 1);
        await workspace.AddAsync("st0001 ", "2027-28", 2);
        // ST0006 1.3 (£4,000) ends 11/11/2026; its 2.0 has no band yet.
        await workspace.AddAsync("ST0006", "2028-29", 1);

        var plan = await workspace.Plan().GetAsync(default);

        var lines = plan.Lines.ToDictionary(l => (l.Reference, l.Year.ToString()));
        Assert.Equal((4_500, 18_000L), (lines[("ST0005", "2026-27")].UnitPrice, lines[("ST0005", "2026-27")].Cost));
        Assert.Equal("ST0005 Adult care worker (level 2)", lines[("ST0005", "2026-27")].Label);
        Assert.Null(lines[("ST0005", "2026-27")].PriceNote);
        Assert.Equal(21_000, lines[("ST0001", "2026-27")].UnitPrice);
        Assert.Equal("version 1.0 takes starts until 17/12/2026; version 2.0 is in development, with a band of £26,000",
            lines[("ST0001", "2026-27")].PriceNote);
        Assert.Equal((21_000, 42_000L), (lines[("ST0001", "2027-28")].UnitPrice, lines[("ST0001", "2027-28")].Cost));
        Assert.Equal("Provisional: version 1.0 takes no starts after 17/12/2026; version 2.0 is in development, with a band of £26,000",
            lines[("ST0001", "2027-28")].PriceNote);
        Assert.Equal(4_000, lines[("ST0006", "2028-29")].UnitPrice);
        Assert.EndsWith("version 2.0 is in development, its band not set yet", lines[("ST0006", "2028-29")].PriceNote);
        Assert.Equal([39_000L, 42_000, 4_000], plan.Years.Select(plan.CostOf));
        Assert.Equal([39_000L, 42_000, 4_000], plan.Levy.Select(y => y.Spend + y.Shortfall));
    }

    [Fact]
    public async Task Get_TargetShare_ReachedOnlyWhenTheHeadcountIsKnown()
    {
        await using var workspace = database.WorkspaceFor(council);
        await workspace.AddAsync("ST0070", "2026-27", 23);
        Assert.All((await workspace.Plan().GetAsync(default)).Target, t => Assert.Null(t.ShareOfHeadcount));

        await workspace.SettingsAsync("2026-27", levy: null, headcount: 2_000);
        var target = (await workspace.Plan().GetAsync(default)).Target;

        // 2.3% of 2,000 people is 46 starts a year; 23 starts is 1.15%.
        Assert.Equal((23, 0.0115, 46), (target[0].Starts, target[0].ShareOfHeadcount!.Value, target[0].TargetStarts!.Value));
        Assert.Equal(0, target[1].Starts);
    }

    [Fact]
    public async Task Get_BeforeThePlanIsSaved_OffersTheLatestProgrammeYearsLevyAndHeadcount()
    {
        await using var workspace = database.WorkspaceFor(council);
        Assert.Null((await workspace.Plan().GetAsync(default)).LatestProgrammeYear);
        await using (var db = database.NewContext())
        {
            db.ScopeToOrganisation(council);
            db.ProgrammeYears.Add(new ProgrammeYear { Year = 2024, Headcount = 2_100, LevyPaid = 310_000m });
            db.ProgrammeYears.Add(new ProgrammeYear { Year = 2025, Headcount = 2_400, LevyPaid = 360_000.50m });
            await db.SaveChangesAsync();
        }

        var plan = await workspace.Plan().GetAsync(default);

        // The latest year, in whole pounds (half a pound up); offered only: nothing is saved and the levy is not run.
        Assert.Equal(new ProgrammeBasis("2025-26", 360_001, 2_400), plan.LatestProgrammeYear);
        Assert.Equal((false, null, 0), (plan.Saved, plan.AnnualLevy, plan.Levy.Count));
    }

    [Fact]
    public async Task AddLine_SameStandardAndYearAgain_AddsToItsStarts()
    {
        await using var workspace = database.WorkspaceFor(council);
        await workspace.AddAsync("ST0070", "2026-27", 2, "Skills gap: admin cover");
        await workspace.AddAsync("ST0070", "2026-27", 3);

        var line = Assert.Single((await workspace.Plan().GetAsync(default)).Lines);
        Assert.Equal((5, "Skills gap: admin cover"), (line.Starts, line.Source));
    }

    [Theory]
    [InlineData("ST0108", "2026-27", 1, PlanField.Standard, "ST0108 is not an approved standard, so no starts can be planned on it")]
    [InlineData("", "2026-27", 1, PlanField.Standard, "Choose a standard")]
    [InlineData("ST0070", "2026-28", 1, PlanField.Year, "Choose the year of the starts, like 2026-27")]
    [InlineData("ST0070", "2026-27", 0, PlanField.Starts, "Enter the number of starts, from 1 to 10,000")]
    [InlineData("ST0070", "2026-27", 10_001, PlanField.Starts, "Enter the number of starts, from 1 to 10,000")]
    public async Task AddLine_BadInput_SaysWhyAndSavesNothing(string reference, string year, int starts, PlanField field, string message)
    {
        await using var workspace = database.WorkspaceFor(council);

        var problems = await workspace.Plan().AddLineAsync(reference, year, starts, null, Plans.Person, default);

        Assert.Equal(new PlanProblem(field, message), Assert.Single(problems));
        Assert.False(await workspace.Db.PlanLines.AnyAsync());
    }

    [Fact]
    public async Task SaveSettings_BadFigures_AreEachNamedAndNothingIsSaved()
    {
        await using var workspace = database.WorkspaceFor(council);

        var problems = await workspace.Plan().SaveSettingsAsync(new PlanSettings("next year", -1, 2_000_000_000, -5), Plans.Person, default);

        Assert.Equal([PlanField.FirstYear, PlanField.AnnualLevy, PlanField.OpeningBalance, PlanField.Headcount], problems.Select(p => p.Field));
        Assert.False(await workspace.Db.LevyPlans.AnyAsync());
        // With nothing saved the plan starts in this financial year (1 Sept 2026 is in 2026-27).
        Assert.Equal("2026-27", (await workspace.Plan().GetAsync(default)).FirstYear.ToString());
    }

    [Fact]
    public async Task Get_OffersStandardsFromOpenGapsAndConfirmedRoles_ApprovedOnly()
    {
        await using (var db = database.ContextFor(council))
        {
            db.JobRoles.Add(Seed.Role("Care Worker", "Adult Social Care").ConfirmedAs("ST0005"));
            var gap = Seed.Gap("Not enough senior carers", serviceArea: "Adult Social Care");
            gap.LinkedStandards = ["ST0006", "ST0108"];
            db.SkillsGaps.Add(gap);
            var closed = Seed.Gap("Old gap", status: GapStatus.Closed);
            closed.LinkedStandards = ["ST0070"];
            db.SkillsGaps.Add(closed);
            await db.SaveChangesAsync();
        }
        await using var workspace = database.WorkspaceFor(council);

        var candidates = (await workspace.Plan().GetAsync(default)).Candidates;

        Assert.Equal(
        [
            new PlanCandidate("ST0006", "ST0006 Lead adult care worker (level 3)", "Skills gap: Not enough senior carers"),
            new PlanCandidate("ST0005", "ST0005 Adult care worker (level 2)", "Confirmed for 1 role: Care Worker"),
        ], candidates);
    }

    [Fact]
    public async Task Tenancy_NoCouncilSeesOrChangesAnothersPlan()
    {
        var other = await database.CouncilAsync();
        int ours;
        await using (var workspace = database.WorkspaceFor(council))
        {
            await workspace.SettingsAsync("2026-27", levy: 500_000, headcount: 3_000);
            await workspace.AddAsync("ST0070", "2026-27", 4);
            ours = (await workspace.Db.PlanLines.SingleAsync()).Id;
        }

        await using var theirs = database.WorkspaceFor(other);
        var plan = await theirs.Plan().GetAsync(default);
        Assert.False(plan.Saved);
        Assert.Empty(plan.Lines);
        Assert.Null(plan.AnnualLevy);
        Assert.Null(await theirs.Plan().ChangeStartsAsync(ours, 40, default));
        Assert.False(await theirs.Plan().DeleteLineAsync(ours, default));
        Assert.False(await theirs.Plan().MarkReviewedAsync(ours, default));

        await using var check = database.ContextFor(council);
        Assert.Equal(4, (await check.PlanLines.SingleAsync()).Starts);
    }
}
