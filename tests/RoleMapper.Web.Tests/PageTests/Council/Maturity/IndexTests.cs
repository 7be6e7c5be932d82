namespace RoleMapper.Web.Tests.PageTests.Council.Maturity;

/// <summary>/council/maturity and the dashboard's panel: the latest stages, what moved, and the history.</summary>
public abstract class IndexTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : IndexTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : IndexTests(host);

    private const string Workforce = "workforce-development";

    [Fact]
    public async Task Get_NoAssessmentYet_InvitesTheFirst()
    {
        var council = await host.CouncilAsync();
        var client = await host.SignedInMemberAsync(council);

        var page = await client.GetPageAsync("/council/maturity");
        var dashboard = await client.GetPageAsync("/council");

        Assert.NotNull(page.One("a[href='/council/maturity/new']"));
        Assert.Contains("has not assessed itself yet", page.Text);
        Assert.NotNull(dashboard.One("[data-testid=maturity-panel] a[href='/council/maturity/new']"));
    }

    [Fact]
    public async Task Get_SecondAssessment_ShowsWhatMovedAndKeepsTheFirst()
    {
        var council = await host.CouncilAsync();
        var developing = MaturityForms.StageIds(Workforce, MaturityLevel.Developing).ToList();
        await using (var db = host.CouncilContext(council))
        {
            db.AddAssessment(new DateOnly(2025, 11, 3), [.. developing.Skip(1), "engagement.developing.esfa"],
                new Dictionary<string, MaturityLevel> { [Workforce] = MaturityLevel.Developing });
            await db.SaveChangesAsync();
        }
        var client = await host.SignedInAsync(council.AdminEmail);

        await client.PostAssessmentAsync([.. MaturityForms.Ticks([.. developing, "workforce-development.maturing.communication"]),
            ($"Input.Targets[{Workforce}]", "Maturing")]);
        var page = await client.GetPageAsync("/council/maturity");

        Assert.Equal("What moved since 3 November 2025", page.One("[data-testid=changes] h2")!.TextContent);
        Assert.Equal(["Workforce Development", "Engagement"], page.All("[data-testid=changes] h3"));
        var moves = page.All("[data-testid=changes] li").ToList();
        Assert.Contains("Stage moved Early + to Developing +", moves);
        Assert.Contains("Newly met Basic communication of approach to workforce", moves);
        Assert.Contains("Newly met Good communication of approach to workforce", moves);
        Assert.Contains("No longer met In process of setting up a meeting or phone call with ESFA Account Manager", moves);
        Assert.Contains("Target Developing to Maturing", moves);
        var history = page.Document.QuerySelectorAll("[data-testid=history] tbody tr").ToList();
        Assert.Equal(2, history.Count);
        Assert.EndsWith("3 November 2025", history[1].QuerySelector("td")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Early +", history[1].TextContent, StringComparison.Ordinal);
        // The earlier one still opens as it was.
        var first = await client.GetPageAsync(history[1].QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal("Assessment of 3 November 2025", first.H1);
        Assert.Contains("first assessment", first.One("[data-testid=changes]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ShowsTheLatestStagePerStrand()
    {
        var council = await host.CouncilAsync();
        await using (var db = host.CouncilContext(council))
        {
            db.AddAssessment(new DateOnly(2026, 1, 20), MaturityForms.StageIds("procurement", MaturityLevel.Developing),
                new Dictionary<string, MaturityLevel> { ["procurement"] = MaturityLevel.Mature });
            await db.SaveChangesAsync();
        }
        var client = await host.SignedInMemberAsync(council);

        var panel = (await client.GetPageAsync("/council")).One("[data-testid=maturity-panel]")!;

        Assert.Contains("20 January 2026", panel.TextContent, StringComparison.Ordinal);
        var procurement = panel.QuerySelectorAll(".summary__row").Single(r => r.QuerySelector("dt")!.TextContent == "Procurement");
        Assert.Equal("Developing target Mature", WebPage.Normalize(procurement.QuerySelector("dd")!.TextContent));
    }
}
