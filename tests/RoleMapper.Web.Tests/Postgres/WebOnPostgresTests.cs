using System.Net;
using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Accounts;
using RoleMapper.Core.Data;
using RoleMapper.TestSupport;
using RoleMapper.Web.Tests.Support;

namespace RoleMapper.Web.Tests.Postgres;

/// <summary>
/// The real app on Kestrel with <c>Database:Provider=postgres</c>, on a database of its own on the test cluster,
/// started as production starts (migrate, seed the small 22 Aug 2026 feed, build the index).
/// </summary>
public sealed class PostgresHostFixture() : HostFixture(RepoPaths.SmallNewFeed, feedAfterStart: null)
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

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
    public async Task ACouncil_RegistersThenSignsInAgainAndANameInAnotherCaseIsRefused()
    {
        var name = "Barsetshire " + Guid.NewGuid().ToString("N")[..6] + " County Council";
        var email = A.UniqueEmail("registrar");
        var registering = host.NewClient();

        var dashboard = await registering.SubmitAndFollowAsync(await registering.GetPageAsync("/account/register"), "main form",
            ("Input.CouncilName", name), ("Input.Type", "County"), ("Input.Region", "SouthWest"),
            ("Input.Email", email), ("Input.Password", HostFixture.Password), ("Input.ConfirmPassword", HostFixture.Password));
        var signedIn = await host.SignedInAsync(email);
        var again = await signedIn.GetPageAsync("/council");
        var other = host.NewClient();
        var refused = await other.SubmitAndFollowAsync(await other.GetPageAsync("/account/register"), "main form",
            ("Input.CouncilName", name.ToUpperInvariant()), ("Input.Type", "District"), ("Input.Region", "London"),
            ("Input.Email", A.UniqueEmail()), ("Input.Password", HostFixture.Password), ("Input.ConfirmPassword", HostFixture.Password));

        Assert.Equal("/council", dashboard.Path);
        Assert.Equal(name, dashboard.One("[data-testid=council-name]")!.TextContent);
        Assert.Equal((HttpStatusCode.OK, name), (again.Status, again.One("[data-testid=council-name]")!.TextContent));
        Assert.Contains($"{name.ToUpperInvariant()} is already registered. Ask one of its admins to invite you.", refused.Errors);
        await using var db = host.NewContext();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var council = await db.Organisations.SingleAsync(o => o.Id == user.OrganisationId);
        Assert.Equal((name, CouncilRole.Admin), (council.Name, user.CouncilRole));
    }
}
