namespace RoleMapper.Web.Tests.PageTests.Council;

/// <summary>/council/gaps: order, every filter, paging, and bad filter values.</summary>
public abstract class GapsListTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : GapsListTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : GapsListTests(host);

    private async Task<(HttpClient Admin, int LoaderId)> CouncilWithGapsAsync()
    {
        var council = await host.CouncilAsync();
        await using var db = host.CouncilContext(council);
        var loader = Seed.Role("Refuse loader", "Waste", 40);
        var hgv = Seed.Gap("HGV drivers", loader, priority: GapPriority.High);
        hgv.HardToFill = true;
        var planners = Seed.Gap("Planning officers", serviceArea: "Planning", priority: GapPriority.Medium, status: GapStatus.PlanInPlace);
        planners.SuccessionRisk = true;
        db.SkillsGaps.AddRange(hgv, planners, Seed.Gap("Fleet mechanics", serviceArea: "Waste", priority: GapPriority.Low, status: GapStatus.Closed));
        await db.SaveChangesAsync();
        return (await host.SignedInAsync(council.AdminEmail), loader.Id);
    }

    private static IEnumerable<string> Listed(WebPage page) => page.All("[data-testid=gaps] h2");

    [Fact]
    public async Task Get_NoFilters_ListsHighestPriorityFirst()
    {
        var (admin, _) = await CouncilWithGapsAsync();

        var page = await admin.GetPageAsync("/council/gaps");

        Assert.Equal(["HGV drivers", "Planning officers", "Fleet mechanics"], Listed(page));
        Assert.Equal("Showing 1 to 3 of 3 skills gaps.", page.One("[data-testid=gaps-count]")!.TextContent.Trim());
        Assert.Contains("Refuse loader, Waste", page.All("[data-testid=gaps] dd"));
        Assert.Contains("Planning (whole service area)", page.All("[data-testid=gaps] dd"));
    }

    [Fact]
    public async Task Get_LinkedStandards_AreNamedWithTitleAndLevel()
    {
        var council = await host.CouncilAsync();
        await using (var db = host.CouncilContext(council))
        {
            var gap = Seed.Gap("Cloud skills", serviceArea: "ICT");
            gap.LinkedStandards = ["ST0116", "ST9999"];
            db.SkillsGaps.Add(gap);
            await db.SaveChangesAsync();
        }
        var admin = await host.SignedInAsync(council.AdminEmail);

        var page = await admin.GetPageAsync("/council/gaps");

        // A reference the feed does not hold (left from an older feed) is still shown, as it is.
        var linked = Assert.Single(page.All("[data-testid=linked-standards]"));
        Assert.Matches(@"^ST0116 Software developer \(level \d\); ST9999$", linked);
    }

    [Theory]
    [InlineData("?status=Closed", "Fleet mechanics")]
    [InlineData("?status=PlanInPlace", "Planning officers")]
    [InlineData("?priority=High", "HGV drivers")]
    [InlineData("?area=Waste", "HGV drivers|Fleet mechanics")]
    [InlineData("?area=Planning&succession=true", "Planning officers")]
    [InlineData("?hardToFill=true", "HGV drivers")]
    [InlineData("?priority=Low&hardToFill=true", "")]
    public async Task Get_Filtered_ListsOnlyMatchingGaps(string query, string expected)
    {
        var (admin, _) = await CouncilWithGapsAsync();

        var page = await admin.GetPageAsync("/council/gaps" + query);

        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), Listed(page));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Get_ByRole_ListsThatRolesGaps()
    {
        var (admin, loaderId) = await CouncilWithGapsAsync();

        var page = await admin.GetPageAsync($"/council/gaps?role={loaderId}");

        Assert.Equal(["HGV drivers"], Listed(page));
        Assert.Equal(["Refuse loader"], page.All("#role option[selected]"));
    }

    [Fact]
    public async Task Get_AfterItsRoleIsDeleted_TheGapStaysInTheRolesServiceArea()
    {
        var (admin, loaderId) = await CouncilWithGapsAsync();
        await using (var db = host.NewContext())
        {
            await db.JobRoles.IgnoreQueryFilters().Where(r => r.Id == loaderId).ExecuteDeleteAsync();
        }

        var page = await admin.GetPageAsync("/council/gaps?area=Waste");

        Assert.Equal(["HGV drivers", "Fleet mechanics"], Listed(page));
        Assert.Equal(2, page.All("[data-testid=gaps] dd").Count(d => d == "Waste (whole service area)"));
    }

    [Fact]
    public async Task Get_UnknownFilterValues_SayWhyAndAreIgnored()
    {
        var (admin, _) = await CouncilWithGapsAsync();

        var page = await admin.GetPageAsync("/council/gaps?status=7&priority=Urgent&area=Nowhere&role=999999");

        Assert.Equal(["Choose a status from the list.", "Choose a priority from the list.", "Choose a service area from the list.", "Choose a role from the list."], page.Errors);
        Assert.Equal(3, Listed(page).Count());
    }

    [Fact]
    public async Task Get_ManyGaps_ArePagedByTheDatabase()
    {
        var council = await host.CouncilAsync();
        await using (var db = host.CouncilContext(council))
        {
            db.SkillsGaps.AddRange(Enumerable.Range(1, 30).Select(i => Seed.Gap($"Gap {i:D2}")));
            await db.SaveChangesAsync();
        }
        var admin = await host.SignedInAsync(council.AdminEmail);

        var first = await admin.GetPageAsync("/council/gaps");
        var second = await admin.GetPageAsync("/council/gaps?page=2");

        Assert.Equal(25, Listed(first).Count());
        Assert.Equal(["Gap 26", "Gap 27", "Gap 28", "Gap 29", "Gap 30"], Listed(second));
        Assert.Equal("Showing 26 to 30 of 30 skills gaps.", second.One("[data-testid=gaps-count]")!.TextContent.Trim());
    }
}
