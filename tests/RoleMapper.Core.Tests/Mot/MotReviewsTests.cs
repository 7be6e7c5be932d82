using RoleMapper.Core.Accounts;
using RoleMapper.Core.Mot;
using RoleMapper.Core.Programme;
using RoleMapper.Core.Sector;
using RoleMapper.Core.Tests.Maturity;

namespace RoleMapper.Core.Tests.Mot;

/// <summary>The LGA's MOT through Core's <see cref="MotReviews"/>: comparisons with the suppression rule, drafts, publishing and tenancy.</summary>
public sealed class MotReviewsTests : IAsyncLifetime
{
    private const string Workforce = "workforce-development";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero));
    private TestDatabase database = null!;

    public async Task InitializeAsync() =>
        database = await TestDatabase.CreateAsync(configure: s => s.AddSingleton<TimeProvider>(clock));

    public async Task DisposeAsync() => await database.DisposeAsync();

    /// <summary>A council with 2025-26 figures: 1,000 staff and <paramref name="starts"/> starts, levy half spent unless said.</summary>
    private async Task<int> CouncilAsync(OrganisationType type, EnglishRegion region, int starts, decimal spent = 50_000m,
        string workforceSpec = "developing", OrganisationStatus status = OrganisationStatus.Verified)
    {
        await using var db = database.NewContext();
        var id = await db.AddCouncilAsync(type: type, region: region);
        await db.Organisations.Where(o => o.Id == id).ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, status));
        db.ScopeToOrganisation(id);
        db.ProgrammeYears.Add(new ProgrammeYear { Year = 2025, Headcount = 1000, StartsExistingStaff = starts, LevyPaid = 100_000m, LevySpent = spent });
        db.AddAssessment(new DateOnly(2026, 3, 1), TestModel.Met(Workforce, workforceSpec),
            new Dictionary<string, MaturityLevel> { [Workforce] = MaturityLevel.Mature });
        await db.SaveChangesAsync();
        return id;
    }

    private MotReviews Adviser(out AsyncServiceScope scope)
    {
        scope = database.Services.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<MotReviews>();
    }

    private MotReviews CouncilSide(int council, out AsyncServiceScope scope)
    {
        scope = database.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Data.RoleMapperDbContext>().ScopeToOrganisation(council);
        return scope.ServiceProvider.GetRequiredService<MotReviews>();
    }

    private static MotInput Input(MaturityLevel? workforce, string? comment = "Clear plan, not yet costed") => new(
        new DateOnly(2026, 9, 1), 2025,
        new Dictionary<string, (MaturityLevel?, string?)> { [Workforce] = (workforce, comment) },
        "Cost the three-year plan", "LGA workshop on levy transfers");

    [Fact]
    public async Task Report_WhenARegionOf6WouldGiveAwayTheOther2_ShowsOnlyTheNationalAverage()
    {
        var reviewed = await CouncilAsync(OrganisationType.County, EnglishRegion.SouthEast, starts: 10);
        for (var i = 0; i < 5; i++)
        {
            await CouncilAsync(OrganisationType.County, EnglishRegion.SouthEast, starts: 20);
        }
        await CouncilAsync(OrganisationType.Unitary, EnglishRegion.London, starts: 40);
        await CouncilAsync(OrganisationType.Unitary, EnglishRegion.London, starts: 40);
        var adviser = Adviser(out var scope);
        await using var _ = scope;

        var report = (await adviser.ReportAsync((await adviser.StartAsync(reviewed, "adviser"))!.Value))!;

        var starts = report.Comparisons.Single(c => c.Measure == SectorProgramme.StartsShare);
        Assert.Equal(0.01, starts.Council!.Value, 9);
        Assert.Equal((10 + 5 * 20 + 80) / 8.0 / 1000, starts.National.Average!.Value, 9);
        Assert.Equal(8, starts.National.Councils);
        // South East (6) is above 5, but national minus South East would be London's 2 councils.
        Assert.Equal((false, false), (starts.Region.IsShown, starts.Type.IsShown));
        Assert.Null(report.Strands.Single(s => s.Strand.Id == Workforce).Region);
    }

    [Fact]
    public async Task Report_WithGroupsOfFiveEverywhere_ShowsEveryAverage_AndLeavesOutUnverifiedCouncils()
    {
        var reviewed = await CouncilAsync(OrganisationType.County, EnglishRegion.SouthEast, starts: 10, spent: 25_000m);
        for (var i = 0; i < 4; i++)
        {
            await CouncilAsync(OrganisationType.County, EnglishRegion.SouthEast, starts: 20, workforceSpec: "developing maturing");
        }
        for (var i = 0; i < 5; i++)
        {
            await CouncilAsync(OrganisationType.Unitary, EnglishRegion.London, starts: 40);
        }
        // A claim nobody checked would move the averages a lot; it must not count.
        await CouncilAsync(OrganisationType.County, EnglishRegion.SouthEast, starts: 900, status: OrganisationStatus.Unverified);
        var adviser = Adviser(out var scope);
        await using var _ = scope;

        var report = (await adviser.ReportAsync((await adviser.StartAsync(reviewed, "adviser"))!.Value))!;

        var starts = report.Comparisons.Single(c => c.Measure == SectorProgramme.StartsShare);
        Assert.Equal((10 + 80) / 5.0 / 1000, starts.Region.Average!.Value, 9);
        Assert.Equal((10 + 80) / 5.0 / 1000, starts.Type.Average!.Value, 9);
        Assert.Equal((10 + 80 + 200) / 10.0 / 1000, starts.National.Average!.Value, 9);
        var levy = report.Comparisons.Single(c => c.Measure == SectorProgramme.LevySpendShare);
        Assert.Equal((0.25, (0.25 + 4 * 0.5) / 5), (levy.Council!.Value, levy.Region.Average!.Value));
        var workforce = report.Strands.Single(s => s.Strand.Id == Workforce);
        Assert.Equal((MaturityLevel.Developing, MaturityLevel.Mature), (workforce.SelfCurrent!.Reached, workforce.SelfTarget));
        Assert.Equal((1 + 4 * 2) / 5.0, workforce.Region!.Value, 9);
    }

    [Fact]
    public async Task Draft_IsHiddenFromTheCouncil_UntilPublished_AndThenOnlyItsOwnCouncilSeesIt()
    {
        var council = await CouncilAsync(OrganisationType.County, EnglishRegion.SouthEast, starts: 10);
        var other = await CouncilAsync(OrganisationType.County, EnglishRegion.SouthEast, starts: 10);
        var adviser = Adviser(out var scope);
        await using var _ = scope;
        var id = (await adviser.StartAsync(council, "adviser"))!.Value;
        Assert.Empty(await adviser.SaveAsync(id, Input(MaturityLevel.Maturing)));

        var ownBefore = CouncilSide(council, out var s1);
        Assert.Empty(await ownBefore.PublishedForCurrentCouncilAsync());
        Assert.Null(await ownBefore.PublishedReportForCurrentCouncilAsync(id));
        await s1.DisposeAsync();

        Assert.True(await adviser.PublishAsync(id, "adviser"));
        Assert.Equal(["This MOT is published and can no longer change. Start a new one."], await adviser.SaveAsync(id, Input(MaturityLevel.Mature)));

        var own = CouncilSide(council, out var s2);
        var report = await own.PublishedReportForCurrentCouncilAsync(id);
        Assert.Equal((MaturityLevel?)MaturityLevel.Maturing, report!.Strands.Single(s => s.Strand.Id == Workforce).External);
        Assert.Equal(("Cost the three-year plan", "LGA workshop on levy transfers"), (report.Review.Priorities, report.Review.LgaSupport));
        await s2.DisposeAsync();
        var theirs = CouncilSide(other, out var s3);
        Assert.Empty(await theirs.PublishedForCurrentCouncilAsync());
        Assert.Null(await theirs.PublishedReportForCurrentCouncilAsync(id));
        Assert.Null(await theirs.LatestPublishedForCurrentCouncilAsync());
        await s3.DisposeAsync();
    }

    [Fact]
    public async Task SecondReview_AYearLater_ShowsThePreviousStagesBesideTheNewOnes()
    {
        var council = await CouncilAsync(OrganisationType.County, EnglishRegion.SouthEast, starts: 10);
        var adviser = Adviser(out var scope);
        await using var _ = scope;
        var first = (await adviser.StartAsync(council, "adviser"))!.Value;
        Assert.Empty(await adviser.SaveAsync(first, Input(MaturityLevel.Developing)));
        Assert.True(await adviser.PublishAsync(first, "adviser"));
        clock.Advance(TimeSpan.FromDays(365));

        var second = (await adviser.StartAsync(council, "adviser"))!.Value;
        Assert.Empty(await adviser.SaveAsync(second, Input(MaturityLevel.Maturing) with { ReviewedOn = new DateOnly(2027, 9, 1) }));
        Assert.True(await adviser.PublishAsync(second, "adviser"));

        var own = CouncilSide(council, out var s);
        await using var __ = s;
        var report = (await own.LatestPublishedForCurrentCouncilAsync())!;
        var workforce = report.Strands.Single(x => x.Strand.Id == Workforce);
        Assert.Equal((second, first), (report.Review.Id, report.Previous!.Id));
        Assert.Equal(((MaturityLevel?)MaturityLevel.Maturing, (MaturityLevel?)MaturityLevel.Developing), (workforce.External, workforce.PreviousExternal));
        Assert.Equal(2, (await own.PublishedForCurrentCouncilAsync()).Count);
    }

    [Fact]
    public async Task Publish_WithoutAnyExternalStage_IsRefused()
    {
        var council = await CouncilAsync(OrganisationType.County, EnglishRegion.SouthEast, starts: 10);
        var adviser = Adviser(out var scope);
        await using var _ = scope;
        var id = (await adviser.StartAsync(council, "adviser"))!.Value;

        Assert.False(await adviser.PublishAsync(id, "adviser"));
        Assert.Null(await adviser.StartAsync(council + 1000, "adviser"));
    }

    [Fact]
    public async Task Save_TextOverTheLimitsThatKeepTheReportOnTwoPages_IsRefusedAndNothingChanges()
    {
        var council = await CouncilAsync(OrganisationType.County, EnglishRegion.SouthEast, starts: 10);
        var adviser = Adviser(out var scope);
        await using var _ = scope;
        var id = (await adviser.StartAsync(council, "adviser"))!.Value;
        Assert.Empty(await adviser.SaveAsync(id, Input(MaturityLevel.Developing)));
        var nineLines = string.Join("\r\n", Enumerable.Repeat("Cost the plan.", MotReview.MaxTextLines + 1));

        var problems = await adviser.SaveAsync(id, Input(MaturityLevel.Mature, new string('x', MotReview.MaxCommentLength + 1)) with
        {
            Priorities = nineLines,
            LgaSupport = new string('y', MotReview.MaxTextLength + 1),
        });

        Assert.Equal([
            $"Keep each strand's comment to {MotReview.MaxCommentLength} characters.",
            $"Keep the priorities and the LGA support to {MotReview.MaxTextLength:N0} characters each.",
            $"Keep the priorities and the LGA support to {MotReview.MaxTextLines} lines each."], problems);
        var report = (await adviser.ReportAsync(id))!;
        Assert.Equal(((MaturityLevel?)MaturityLevel.Developing, "Cost the three-year plan"),
            (report.Strands.Single(s => s.Strand.Id == Workforce).External, report.Review.Priorities));
        // At the limits exactly, it saves.
        Assert.Empty(await adviser.SaveAsync(id, Input(MaturityLevel.Mature, new string('x', MotReview.MaxCommentLength)) with
        {
            Priorities = string.Join("\n", Enumerable.Repeat("Cost the plan.", MotReview.MaxTextLines)),
            LgaSupport = new string('y', MotReview.MaxTextLength),
        }));
    }
}
