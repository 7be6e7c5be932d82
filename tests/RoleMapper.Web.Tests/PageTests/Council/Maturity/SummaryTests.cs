namespace RoleMapper.Web.Tests.PageTests.Council.Maturity;

/// <summary>
/// /council/maturity/summary: the table, the chart, and the sector's averages beside the council's own stages. Each
/// test has a host and database of its own (<see cref="OwnHostTest"/>), so the size of every group is known.
/// </summary>
public abstract class SummaryTests(DatabaseProvider provider) : OwnHostTest(provider)
{
    public sealed class OnSqlite() : SummaryTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : SummaryTests(DatabaseProvider.Postgres);

    private static IReadOnlyList<string> Row(WebPage page, string strand) =>
        page.Document.QuerySelectorAll("[data-testid=summary-table] tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.Trim() == strand)
            .QuerySelectorAll("td").Select(td => WebPage.Normalize(td.TextContent)).ToList();

    [Fact]
    public async Task Get_CouncilAloneInItsTypeAndRegion_SeesNoAverageForThem()
    {
        var council = await Host.AssessedCouncilAsync(OrganisationType.Other, EnglishRegion.NorthWest,
            MaturityForms.StageIds("engagement", MaturityLevel.Developing));
        var client = await Host.SignedInMemberAsync(council);

        var page = await client.GetPageAsync("/council/maturity/summary");

        var engagement = Row(page, "Engagement");
        Assert.Equal(["Developing", "Not set"], engagement.Take(2));
        Assert.Equal(["fewer than 5 councils", "fewer than 5 councils"], engagement.Skip(3));
        Assert.Equal(["Strand", "Stage now", "Target for next year", "National average", "Other average", "North West average"],
            page.All("[data-testid=summary-table] thead th"));
    }

    [Fact]
    public async Task Get_FiveCouncilsOfTheSameTypeAndRegion_SeeTheirAverages()
    {
        var developing = MaturityForms.StageIds("procurement", MaturityLevel.Developing).ToList();
        // Procurement stages 1, 1, 1, 0, 0: an average of 0.6.
        TestCouncil? last = null;
        for (var i = 0; i < 5; i++)
        {
            last = await Host.AssessedCouncilAsync(OrganisationType.County, EnglishRegion.YorkshireAndTheHumber, i < 3 ? developing : []);
        }
        var client = await Host.SignedInMemberAsync(last!);

        var page = await client.GetPageAsync("/council/maturity/summary");

        var procurement = Row(page, "Procurement");
        Assert.Equal(["Early", "Not set"], procurement.Take(2));
        Assert.Equal(["0.6 (Early)", "0.6 (Early)"], procurement.Skip(3));
    }

    [Fact]
    public async Task Get_ChartIsAnAccessibleServerDrawnSvg_WithTheStagesInWords()
    {
        // Four other councils have assessed themselves: with this one, five, so the national average is drawn too.
        for (var i = 0; i < 4; i++)
        {
            await Host.AssessedCouncilAsync(OrganisationType.District, EnglishRegion.SouthWest, MaturityForms.StageIds("engagement", MaturityLevel.Developing));
        }
        var council = await Host.CouncilAsync();
        await using (var db = Host.CouncilContext(council))
        {
            db.AddAssessment(new DateOnly(2026, 4, 1), [.. MaturityForms.StageIds("workforce-development", MaturityLevel.Developing), "workforce-development.mature.trailblazers"],
                new Dictionary<string, MaturityLevel> { ["workforce-development"] = MaturityLevel.Maturing });
            await db.SaveChangesAsync();
        }
        var client = await Host.SignedInMemberAsync(council);

        var page = await client.GetPageAsync("/council/maturity/summary");

        var svg = page.One("svg[data-testid=stage-chart]")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("summary-chart-title summary-chart-desc", svg.GetAttribute("aria-labelledby"));
        Assert.Contains("Workforce Development: Developing +, target Maturing", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        // A bar per strand; one target, as only Workforce Development has one; the key is the figure's caption.
        Assert.Equal(5, svg.QuerySelectorAll("rect.chart__bar").Length);
        Assert.Single(svg.QuerySelectorAll("line.chart__target"));
        Assert.Equal(["Stage now", "Target for next year", "National average"], page.All("figure.stage-chart figcaption .legend-key"));
        Assert.Empty(page.Document.QuerySelectorAll("script:not([src]), [style]"));
    }
}
