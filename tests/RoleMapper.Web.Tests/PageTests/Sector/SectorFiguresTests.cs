namespace RoleMapper.Web.Tests.PageTests.Sector;

/// <summary>
/// What /sector, /sector/maturity and /sector/workforce count, each test on a host and database of its own
/// (<see cref="OwnHostTest"/>), so every council counted is one the test made.
/// </summary>
public abstract class SectorFiguresTests(DatabaseProvider provider) : OwnHostTest(provider)
{
    public sealed class OnSqlite() : SectorFiguresTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : SectorFiguresTests(DatabaseProvider.Postgres);

    private static string[] RowCells(WebPage page, string caption, string group) =>
        page.Document.QuerySelectorAll("table[data-testid=averages]")
            .Single(t => t.QuerySelector("caption")!.TextContent == caption)
            .QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == group)
            .QuerySelectorAll("td").Select(td => WebPage.Normalize(td.TextContent)).ToArray();

    [Fact]
    public async Task Overview_CountsCouncilsByRegion_AndHidesRegionsOfFewerThanFive()
    {
        for (var i = 0; i < 4; i++)
        {
            await Host.CouncilAsync(region: EnglishRegion.NorthEast);
        }
        // With one more in the North West, the two small regions together are 5: neither can be found by subtraction.
        await Host.CouncilAsync(region: EnglishRegion.NorthWest);
        for (var i = 0; i < 5; i++)
        {
            await Host.CouncilAsync(region: EnglishRegion.SouthWest);
        }
        var sector = await Host.SignedInSectorAsync();

        var page = await sector.GetPageAsync("/sector");

        Assert.Equal("10 councils use RoleMapper.", page.One("[data-testid=council-count]")!.TextContent);
        var rows = page.Document.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent == "Councils using RoleMapper by region")
            .QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelectorAll("td")[0].TextContent, r => r.QuerySelectorAll("td")[1].TextContent);
        Assert.Equal("fewer than 5 councils", rows["North East"]);
        Assert.Equal("5", rows["South West"]);
    }

    [Fact]
    public async Task Overview_HidesARegionThatWouldGiveAwayTheOthersBySubtraction()
    {
        for (var i = 0; i < 2; i++)
        {
            await Host.CouncilAsync(region: EnglishRegion.NorthEast);
        }
        for (var i = 0; i < 5; i++)
        {
            await Host.CouncilAsync(region: EnglishRegion.SouthWest);
        }
        var sector = await Host.SignedInSectorAsync();

        var page = await sector.GetPageAsync("/sector");

        // 7 minus the South West's 5 would be the North East's 2.
        Assert.Equal("7 councils use RoleMapper.", page.One("[data-testid=council-count]")!.TextContent);
        var rows = page.Document.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent == "Councils using RoleMapper by region")
            .QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelectorAll("td")[0].TextContent, r => r.QuerySelectorAll("td")[1].TextContent);
        Assert.Equal("fewer than 5 councils", rows["North East"]);
        Assert.Equal("hidden, so a smaller group cannot be worked out by subtraction", rows["South West"]);
    }

    [Fact]
    public async Task Overview_LeavesOutACouncilNotYetVerified_UntilTheSectorVerifiesIt()
    {
        for (var i = 0; i < 4; i++)
        {
            await Host.CouncilAsync(region: EnglishRegion.SouthEast);
        }
        // Registered from the list by its first admin, so waiting for the sector's check.
        var listed = Host.List().All.First(c => c.Region == EnglishRegion.SouthEast);
        Assert.Equal("/council", (await Host.NewClient().RegisterAsync(listed.OnsCode, A.UniqueEmail())).Path);
        var sector = await Host.SignedInSectorAsync();

        var before = await sector.GetPageAsync("/sector");
        int id;
        await using (var db = Host.NewContext())
        {
            id = await db.Organisations.Where(o => o.OnsCode == listed.OnsCode).Select(o => o.Id).SingleAsync();
        }
        await sector.SubmitAsync(await sector.GetPageAsync($"/sector/councils/{id}"), "form[action*='handler=Verify']");
        var after = await sector.GetPageAsync("/sector");

        // Four verified councils are too few to show, whatever the unverified fifth says.
        Assert.Equal("Fewer than 5 councils use RoleMapper.", before.One("[data-testid=council-count]")!.TextContent);
        Assert.Contains("Registered councils (1 to check)", before.All("a.button"));
        Assert.Equal("5 councils use RoleMapper.", after.One("[data-testid=council-count]")!.TextContent);
        var southEast = after.Document.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent == "Councils using RoleMapper by region")
            .QuerySelectorAll("tbody tr").Single(r => r.QuerySelectorAll("td")[0].TextContent == "South East").QuerySelectorAll("td")[1].TextContent;
        Assert.Equal("5", southEast);
    }

    [Fact]
    public async Task Averages_OfFourCouncils_AreHidden_OfFive_AreShown()
    {
        var sector = await Host.SignedInSectorAsync();
        for (var i = 0; i < 4; i++)
        {
            await Host.AssessedCouncilAsync(OrganisationType.Metropolitan, EnglishRegion.NorthEast, MaturityForms.StageIds("engagement", MaturityLevel.Developing));
        }

        var four = await sector.GetPageAsync("/sector/maturity");

        Assert.Equal(["fewer than 5 councils"], RowCells(four, "By council type", "Metropolitan borough"));
        Assert.Equal(["fewer than 5 councils"], RowCells(four, "By region", "North East"));

        await Host.AssessedCouncilAsync(OrganisationType.Metropolitan, EnglishRegion.NorthEast, []);
        var five = await sector.GetPageAsync("/sector/maturity");

        var byType = RowCells(five, "By council type", "Metropolitan borough");
        Assert.Equal("5", byType[0]);
        // Strand columns in the model's order; Engagement is the fifth: 1, 1, 1, 1, 0.
        Assert.Equal("0.8 (Early) target: fewer than 5 councils set one", byType[5]);
        Assert.Equal("0.0 (Early) target: fewer than 5 councils set one", byType[1]);
        Assert.Equal(byType, RowCells(five, "By region", "North East"));
    }

    [Fact]
    public async Task Workforce_ShowsOnlyAreasAndStandardsOfFiveCouncils()
    {
        var sector = await Host.SignedInSectorAsync();
        async Task AddCouncilAsync()
        {
            var council = await Host.CouncilAsync();
            await using var db = Host.CouncilContext(council);
            db.AddGap(serviceArea: "Highways", hardToFill: true);
            db.AddRole("Road worker", MappingStatus.Confirmed, standard: "ST0050");
            await db.SaveChangesAsync();
        }
        for (var i = 0; i < 4; i++)
        {
            await AddCouncilAsync();
        }

        var four = await sector.GetPageAsync("/sector/workforce");
        await AddCouncilAsync();
        var five = await sector.GetPageAsync("/sector/workforce");

        Assert.Empty(four.Document.QuerySelectorAll("[data-testid=gaps-by-area] tbody tr"));
        Assert.Empty(four.Document.QuerySelectorAll("[data-testid=most-mapped] tbody tr"));
        var gapRow = Assert.Single(five.Document.QuerySelectorAll("[data-testid=gaps-by-area] tbody tr"));
        Assert.Equal(["5", "5", "5", "0"], gapRow.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Contains("Highways", gapRow.TextContent, StringComparison.Ordinal);
        var standardRow = Assert.Single(five.Document.QuerySelectorAll("[data-testid=most-mapped] tbody tr"));
        Assert.Contains("ST0050", standardRow.TextContent, StringComparison.Ordinal);
        Assert.Equal(["5", "5"], standardRow.QuerySelectorAll("td").Skip(1).Select(td => td.TextContent));
    }
}
