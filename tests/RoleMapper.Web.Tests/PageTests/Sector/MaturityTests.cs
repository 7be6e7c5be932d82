using System.Net;
using RoleMapper.Core.Accounts;
using RoleMapper.Core.Maturity;
using RoleMapper.Core.Workspace;
using RoleMapper.TestSupport;
using RoleMapper.Web.Tests.Support;

namespace RoleMapper.Web.Tests.PageTests.Sector;

/// <summary>
/// /sector/maturity and /sector/workforce. The host is shared, so each test seeds a council type, region, service area
/// or standard reference no other test uses, and asserts only on those rows.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class MaturityTests(HostFixture host)
{
    private static string[] RowCells(WebPage page, string caption, string group) =>
        page.Document.QuerySelectorAll("table[data-testid=averages]")
            .Single(t => t.QuerySelector("caption")!.TextContent == caption)
            .QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == group)
            .QuerySelectorAll("td").Select(td => WebPage.Normalize(td.TextContent)).ToArray();

    [Fact]
    public async Task Averages_OfFourCouncils_AreHidden_OfFive_AreShown()
    {
        var sector = await host.SignedInSectorAsync();
        for (var i = 0; i < 4; i++)
        {
            await host.AssessedCouncilAsync(OrganisationType.Metropolitan, EnglishRegion.NorthEast, MaturityForms.StageIds("engagement", MaturityLevel.Developing));
        }

        var four = await sector.GetPageAsync("/sector/maturity");

        Assert.Equal(["fewer than 5 councils"], RowCells(four, "By council type", "Metropolitan borough"));
        Assert.Equal(["fewer than 5 councils"], RowCells(four, "By region", "North East"));

        await host.AssessedCouncilAsync(OrganisationType.Metropolitan, EnglishRegion.NorthEast, []);
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
        var sector = await host.SignedInSectorAsync();
        var area = "Sector test area " + Guid.NewGuid().ToString("N")[..6];
        var reference = "ZT" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        async Task AddCouncilAsync()
        {
            var council = await host.CouncilAsync();
            await using var db = host.CouncilContext(council);
            db.AddGap(serviceArea: area, hardToFill: true);
            db.AddRole("Role " + reference, MappingStatus.Confirmed, standard: reference);
            await db.SaveChangesAsync();
        }
        for (var i = 0; i < 4; i++)
        {
            await AddCouncilAsync();
        }

        var four = await sector.GetPageAsync("/sector/workforce");
        await AddCouncilAsync();
        var five = await sector.GetPageAsync("/sector/workforce");

        Assert.DoesNotContain(area, four.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(reference, four.Text, StringComparison.Ordinal);
        var gapRow = five.Document.QuerySelectorAll("[data-testid=gaps-by-area] tbody tr").Single(r => r.TextContent.Contains(area, StringComparison.Ordinal));
        Assert.Equal(["5", "5", "5", "0"], gapRow.QuerySelectorAll("td").Select(td => td.TextContent));
        var standardRow = five.Document.QuerySelectorAll("[data-testid=most-mapped] tbody tr").Single(r => r.TextContent.Contains(reference, StringComparison.Ordinal));
        Assert.Equal(["", "5", "5"], standardRow.QuerySelectorAll("td").Select(td => td.TextContent));
    }

    [Theory]
    [InlineData("/sector/maturity")]
    [InlineData("/sector/workforce")]
    public async Task SectorPages_AreForbiddenToCouncilUsers_AndNeedSignIn(string path)
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);

        using var asCouncil = await admin.GetAsync(path);
        using var anonymous = await host.NewClient().GetAsync(path);

        Assert.StartsWith("/account/access-denied", asCouncil.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/account/sign-in", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetPageAsync(asCouncil.Headers.Location!.PathAndQuery)).Status);
    }
}
