using RoleMapper.Core.Standards;

namespace RoleMapper.Web.Tests.PageTests.Changes;

public abstract class IndexTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : IndexTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : IndexTests(host);

    [Fact]
    public async Task Get_ShowsEachImportNewestFirst()
    {
        var page = await host.NewClient().GetPageAsync("/changes");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var feeds = page.All(".change-run h2").ToList();
        Assert.Equal(["Feed of 22 August 2026", "Feed of 29 May 2025"], feeds);
    }

    [Fact]
    public async Task Get_FirstImport_IsSummarisedNotListed()
    {
        await using var db = host.NewContext();
        var firstRun = await db.ImportRuns.OrderBy(r => r.Id).FirstAsync();
        var newStandards = await db.StandardChanges.CountAsync(c => c.ImportRunId == firstRun.Id && c.Kind == ChangeKind.NewStandard);

        var page = await host.NewClient().GetPageAsync("/changes");

        var section = page.Document.QuerySelectorAll(".change-run").Single(s => s.TextContent.Contains("29 May 2025"));
        Assert.Contains($"{newStandards:N0} new standards", WebPage.Normalize(section.TextContent));
        Assert.Empty(section.QuerySelectorAll("tbody tr"));
        Assert.True(page.Document.Body!.InnerHtml.Length < 40_000, "the change log page must stay short");
    }

    [Fact]
    public async Task Get_SecondImport_CountsRetirementsAndLinksToThem()
    {
        await using var db = host.NewContext();
        var retired = await db.StandardChanges.CountAsync(c =>
            c.ImportRunId == host.NewFeedRun.Id && c.Kind == ChangeKind.StatusChanged && c.NewStatus == StandardStatus.Retired);

        var page = await host.NewClient().GetPageAsync("/changes");
        var link = page.Document.QuerySelectorAll(".change-run a").Single(a => a.TextContent == $"{retired:N0} retired");
        var lines = await host.NewClient().GetPageAsync(link.GetAttribute("href")!);

        Assert.True(retired > 0);
        Assert.Equal($"/changes/{host.NewFeedRun.Id}?kind=StatusChanged&status=Retired", link.GetAttribute("href"));
        var whatChanged = lines.Document.QuerySelectorAll("tbody tr td:last-child").Select(td => td.TextContent).ToList();
        Assert.Equal(Math.Min(retired, 50), whatChanged.Count);
        Assert.All(whatChanged, w => Assert.EndsWith("→ Retired", w));
    }

    [Fact]
    public async Task GetRun_PagesTheLinesBy50()
    {
        await using var db = host.NewContext();
        var firstRun = await db.ImportRuns.OrderBy(r => r.Id).FirstAsync();
        var total = await db.StandardChanges.CountAsync(c => c.ImportRunId == firstRun.Id);

        var page = await host.NewClient().GetPageAsync($"/changes/{firstRun.Id}?page=3");

        Assert.Equal(50, page.All("tbody tr").Count());
        Assert.Equal($"Showing 101 to 150 of {total:N0}.", page.One("[role=status]")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("/changes/99999")]
    [InlineData("/changes/abc")]
    public async Task GetRun_UnknownRun_ReturnsNotFound(string path)
    {
        var page = await host.NewClient().GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    [Fact]
    public async Task GetRun_UnreadableKind_ShowsEverything()
    {
        var page = await host.NewClient().GetPageAsync($"/changes/{host.NewFeedRun.Id}?kind=bogus");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(page.All("tbody tr"));
    }
}
