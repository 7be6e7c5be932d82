namespace RoleMapper.Web.Tests.PageTests.Imports;

public abstract class IndexTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : IndexTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : IndexTests(host);

    [Fact]
    public async Task Get_ShowsRunsWithOutcomeAndCounts()
    {
        var page = await host.NewClient().GetPageAsync("/imports");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var row = page.Document.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("standards-2026-08-22.json.gz"));
        var cells = row.QuerySelectorAll("td").Select(td => WebPage.Normalize(td.TextContent)).ToList();
        Assert.Contains("Succeeded", cells[2]);
        Assert.Equal(host.NewFeedRun.Records.ToString("N0"), cells[3]);
        Assert.Equal(host.NewFeedRun.Added.ToString("N0"), cells[4]);
        Assert.Equal(host.NewFeedRun.StatusChanges.ToString("N0"), cells[5]);
        Assert.Equal(host.NewFeedRun.Vanished.ToString("N0"), cells[7]);
    }

    [Fact]
    public async Task Get_FailedRun_ShowsOutcomeAndReason()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-feed-{Guid.NewGuid():N}.json");
        var run = await host.Services.GetRequiredService<ImportService>().RunAsync(new FeedSource(missing));
        Assert.Equal(ImportOutcome.Failed, run.Outcome);

        var page = await host.NewClient().GetPageAsync("/imports");

        var row = page.Document.QuerySelectorAll("tbody tr")[0];
        Assert.Contains("Failed", row.TextContent);
        Assert.Contains(run.FailureReason!, WebPage.Normalize(row.TextContent));
    }
}
