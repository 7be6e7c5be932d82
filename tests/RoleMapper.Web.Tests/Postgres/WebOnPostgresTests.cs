namespace RoleMapper.Web.Tests.Postgres;

/// <summary>
/// The real app on Kestrel with <c>Database:Provider=postgres</c>, on a database of its own on the test cluster,
/// started as production starts (migrate, seed the small 22 Aug 2026 feed, build the index).
/// </summary>
public sealed class PostgresHostFixture() : HostFixture(RepoPaths.SmallNewFeed, feedAfterStart: null, DatabaseProvider.Postgres);

/// <summary>A smoke test of the app on PostgreSQL: the public pages, registering a council and signing in again.</summary>
public sealed class WebOnPostgresTests(PostgresHostFixture host) : IClassFixture<PostgresHostFixture>
{
    [Fact]
    public async Task TheHost_RunsOnPostgresWithTheSeededFeed()
    {
        await using var db = host.NewContext();

        Assert.True(db.Database.IsNpgsql());
        var seed = await db.ImportRuns.SingleAsync();
        Assert.Equal((Core.StandardsFeed.ImportOutcome.Succeeded, 62), (seed.Outcome, seed.Records));
        Assert.Equal(DateTimeKind.Utc, seed.StartedUtc.Kind);
    }

    [Fact]
    public async Task Home_StandardsAndSearchPagesShowTheFeed()
    {
        var client = host.NewClient();
        await using var db = host.NewContext();
        var approved = (await db.ImportRuns.SingleAsync()).Approved;

        var home = await client.GetPageAsync("/");
        var standards = await client.GetPageAsync("/standards");
        var search = await client.GetPageAsync("/search?title=Software+developer");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (home.Status, standards.Status, search.Status));
        Assert.Contains("22 August 2026", home.One("[data-testid=feed-date]")!.TextContent);
        Assert.Equal("The last successful import was today.", home.One("[data-testid=last-import]")!.TextContent.Trim());
        Assert.Equal($"Showing 1 to {approved} of {approved} standards.", WebPage.Normalize(standards.One("[data-testid=standards-count]")!.TextContent));
        Assert.Equal(approved, standards.All(".result").Count());
        var result = search.Document.QuerySelectorAll(".result").FirstOrDefault(r => r.QuerySelector("a")!.GetAttribute("href") == "/standards/ST0116");
        Assert.NotNull(result);
        Assert.Matches("^(High|Medium|Low) confidence$", result.QuerySelector(".tag")!.TextContent);
    }

    [Fact]
    public async Task ACouncil_RegistersFromTheListThenSignsInAgainAndASecondClaimAsksToJoin()
    {
        var council = await host.UnregisteredCouncilAsync();
        var email = A.UniqueEmail("registrar");
        var second = A.UniqueEmail("second");

        var dashboard = await host.NewClient().RegisterAsync(council.OnsCode, email);
        var signedIn = await host.SignedInAsync(email);
        var again = await signedIn.GetPageAsync("/council");
        var refused = await host.NewClient().RegisterAsync(council.OnsCode, second);

        Assert.Equal("/council", dashboard.Path);
        Assert.Equal(council.Name, dashboard.One("[data-testid=council-name]")!.TextContent);
        Assert.Equal((HttpStatusCode.OK, council.Name), (again.Status, again.One("[data-testid=council-name]")!.TextContent));
        Assert.NotNull(refused.One("[data-testid=join-requested]"));
        await using var db = host.NewContext();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var stored = await db.Organisations.SingleAsync(o => o.Id == user.OrganisationId);
        Assert.Equal((council.OnsCode, OrganisationStatus.Unverified, CouncilRole.Admin), (stored.OnsCode, stored.Status, user.CouncilRole));
        Assert.Equal(stored.Id, (await db.JoinRequests.SingleAsync(r => r.Email == second)).OrganisationId);
    }
}
