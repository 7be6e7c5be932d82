using RoleMapper.Core.Standards;

namespace RoleMapper.Web.Tests.PageTests.Standards;

public abstract class DetailTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : DetailTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : DetailTests(host);

    [Fact]
    public async Task Get_KnownStandard_ShowsItsApprovedVersionInFull()
    {
        await using var db = host.NewContext();
        var approved = await db.StandardVersions.AsNoTracking()
            .SingleAsync(v => v.Reference == "ST0116" && v.Status == StandardStatus.ApprovedForDelivery && v.RemovedFromFeedUtc == null);

        var page = await host.NewClient().GetPageAsync("/standards/ST0116");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(approved.Title, page.H1);
        Assert.Contains($"version {approved.Version}", page.One(".caption")!.TextContent);
        Assert.Contains("Approved for delivery", page.All(".tag"));
        var codes = page.All(".ksb__code").ToList();
        Assert.Contains("K1", codes);
        Assert.Contains($"K{approved.Knowledge.Count}", codes);
        Assert.Contains($"S{approved.Skills.Count}", codes);
        Assert.Contains($"B{approved.Behaviours.Count}", codes);
        Assert.Contains("D1", codes);
        Assert.Contains(approved.JobTitles[0], page.Text);
        Assert.Contains("Typical duration", page.All(".summary dt"));
        Assert.Contains("Maximum funding", page.All(".summary dt"));
        Assert.Contains("Degree or qualification", page.All(".summary dt"));
        Assert.Equal(approved.StandardPageUrl, page.Document.QuerySelectorAll("a").First(a => a.TextContent.Contains("official standard")).GetAttribute("href"));
    }

    [Fact]
    public async Task Get_StandardWithSeveralVersions_ListsHistoryNewestFirstWithChangeNotes()
    {
        await using var db = host.NewContext();
        var reference = await db.StandardVersions.GroupBy(v => v.Reference).Where(g => g.Count() >= 3).Select(g => g.Key).OrderBy(r => r).FirstAsync();
        var versions = await db.StandardVersions.AsNoTracking().Where(v => v.Reference == reference)
            .OrderByDescending(v => v.VersionMajor).ThenByDescending(v => v.VersionMinor).ToListAsync();

        var page = await host.NewClient().GetPageAsync($"/standards/{reference}");

        var rows = page.Document.QuerySelectorAll("#versions + .table-wrap tbody tr").ToList();
        Assert.Equal(versions.Select(v => v.Version), rows.Select(r => r.QuerySelector("td")!.TextContent.Replace("(shown)", "", StringComparison.Ordinal).Trim()));
        var withNote = versions.FirstOrDefault(v => v.ChangeNote.Length > 0);
        if (withNote is not null)
        {
            Assert.Contains(withNote.ChangeNote, page.Text);
        }
    }

    [Fact]
    public async Task Get_OlderVersion_ShowsItAndPointsToTheCurrentOne()
    {
        await using var db = host.NewContext();
        var old = await db.StandardVersions.AsNoTracking()
            .Where(v => v.Reference == "ST0116" && v.Status != StandardStatus.ApprovedForDelivery).FirstAsync();

        var page = await host.NewClient().GetPageAsync($"/standards/ST0116/{old.Version}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"version {old.Version}", page.One(".caption")!.TextContent);
        Assert.Contains("The current version is", page.One(".panel--warning")!.TextContent);
    }

    [Fact]
    public async Task Get_LowerCaseReference_RedirectsToTheCanonicalAddress()
    {
        using var response = await host.NewClient().GetAsync("/standards/st0116");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/standards/ST0116", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("/standards/ST9999")]
    [InlineData("/standards/ST0116/99.9")]
    [InlineData("/standards/%3Cscript%3E")]
    public async Task Get_UnknownStandard_ReturnsNotFoundPageInTheLayout(string path)
    {
        var page = await host.NewClient().GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.H1);
        Assert.NotNull(page.One("footer [data-testid=feed-date]"));
    }
}
