using System.Text.RegularExpressions;
using RoleMapper.Core.Standards;

namespace RoleMapper.Web.Tests.PageTests.Standards;

public abstract partial class IndexTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : IndexTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : IndexTests(host);

    [Fact]
    public async Task Get_Default_ListsEveryApprovedStandardOncePagedBy25()
    {
        var page = await host.NewClient().GetPageAsync("/standards");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(page.Errors);
        Assert.Equal($"Showing 1 to 25 of {host.NewFeedRun.Approved:N0} standards.", Count(page));
        Assert.Equal(25, page.All(".result").Count());
        Assert.All(page.All(".result .tag"), t => Assert.True(t is "Approved for delivery" or "Paused for new starts", t));
    }

    [Fact]
    public async Task Get_Page2_ShowsTheNext25()
    {
        var client = host.NewClient();
        var first = await client.GetPageAsync("/standards");
        var second = await client.GetPageAsync("/standards?page=2");

        Assert.StartsWith("Showing 26 to 50 of", Count(second));
        Assert.Empty(first.All(".result__title a").Intersect(second.All(".result__title a")));
        Assert.NotNull(second.One(".pagination a[rel=prev]"));
    }

    [Fact]
    public async Task Get_PageBeyondTheEnd_ShowsTheLastPage()
    {
        var page = await host.NewClient().GetPageAsync("/standards?page=999");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(page.All(".result"));
    }

    [Fact]
    public async Task Get_Level_OnlyThatLevel()
    {
        var page = await host.NewClient().GetPageAsync("/standards?level=7&status=all");

        Assert.All(Facts(page, "Level"), l => Assert.Equal("7", l));
    }

    [Fact]
    public async Task Get_Route_OnlyThatRoute()
    {
        var page = await host.NewClient().GetPageAsync("/standards?route=Digital");

        var routes = Facts(page, "Route").ToList();
        Assert.NotEmpty(routes);
        Assert.All(routes, r => Assert.Equal("Digital", r));
    }

    [Fact]
    public async Task Get_Paused_CountMatchesTheDatabaseAndEveryRowIsPaused()
    {
        await using var db = host.NewContext();
        var paused = await db.CurrentStandardVersions()
            .CountAsync(v => v.Status == StandardStatus.ApprovedForDelivery && v.RemovedFromFeedUtc == null && v.PausedForStarts);

        var page = await host.NewClient().GetPageAsync("/standards?status=paused");

        Assert.True(paused > 0);
        Assert.EndsWith($"of {paused:N0} standards.", Count(page));
        Assert.All(page.All(".result .tag"), t => Assert.Equal("Paused for new starts", t));
    }

    [Fact]
    public async Task Get_Retired_ShowsOnlyRetired()
    {
        var page = await host.NewClient().GetPageAsync("/standards?status=retired");

        Assert.NotEmpty(page.All(".result"));
        Assert.All(page.All(".result .tag"), t => Assert.Equal("Retired", t));
    }

    [Fact]
    public async Task Get_TextFilter_MatchesTitlesAndJobTitlesIgnoringCase()
    {
        var page = await host.NewClient().GetPageAsync("/standards?q=SOFTWARE+DEVELOPER");

        Assert.Contains("/standards/ST0116", page.Document.QuerySelectorAll(".result__title a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Get_TextFilterByReference_FindsIt()
    {
        var page = await host.NewClient().GetPageAsync("/standards?q=st0116");

        Assert.Equal(["/standards/ST0116"], page.Document.QuerySelectorAll(".result__title a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Get_SortByFunding_HighestFirst()
    {
        var first = Funding(await host.NewClient().GetPageAsync("/standards?sort=funding"));
        var last = Funding(await host.NewClient().GetPageAsync("/standards?sort=funding&page=999"));

        Assert.Equal(first.OrderByDescending(f => f), first);
        Assert.Equal(last.OrderByDescending(f => f), last);
        Assert.True(first[^1] >= last[0] && first[0] > last[^1]);
    }

    [Fact]
    public async Task Get_SortByLevel_LowestFirst()
    {
        var page = await host.NewClient().GetPageAsync("/standards?sort=level&status=all");

        var levels = Facts(page, "Level").Select(int.Parse).ToList();
        Assert.Equal(levels.Order(), levels);
    }

    [Fact]
    public async Task Get_FiltersSurviveIntoThePageLinks()
    {
        var page = await host.NewClient().GetPageAsync("/standards?route=Digital&status=all&sort=reference");

        var next = page.One(".pagination a[rel=next]")?.GetAttribute("href");
        Assert.Equal("/standards?route=Digital&status=all&sort=reference&page=2", next);
    }

    [Theory]
    [InlineData("/standards?level=42", "Choose a level from the list.")]
    [InlineData("/standards?route=Nowhere", "Choose a route from the list.")]
    [InlineData("/standards?status=lost", "Choose a status from the list.")]
    [InlineData("/standards?sort=random", "Choose how to sort from the list.")]
    public async Task Get_UnknownFilterValue_SaysSoAndStillLists(string path, string message)
    {
        var page = await host.NewClient().GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.Errors);
        Assert.NotEmpty(page.All(".result"));
    }

    [Fact]
    public async Task Get_NothingMatches_SaysSo()
    {
        var page = await host.NewClient().GetPageAsync("/standards?q=zzzzqqqq");

        Assert.Equal("No standards match these filters.", Count(page));
    }

    private static List<int> Funding(WebPage page) =>
        Facts(page, "Maximum funding").Select(f => f == "Not given" ? 0 : int.Parse(f.Trim('£').Replace(",", "", StringComparison.Ordinal))).ToList();

    private static string Count(WebPage page) => WebPage.Normalize(page.One("[data-testid=standards-count]")!.TextContent);

    private static IEnumerable<string> Facts(WebPage page, string label) =>
        page.Document.QuerySelectorAll(".result__meta div")
            .Where(d => d.QuerySelector("dt")!.TextContent == label)
            .Select(d => d.QuerySelector("dd")!.TextContent);
}
