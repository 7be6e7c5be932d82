namespace RoleMapper.Web.Tests.PageTests.Sector;

/// <summary>
/// /sector/councils: the sector team sees newly registered councils, verifies them, suspends a false claim and hands a
/// council to the right admin; every action is logged with who did it and shown.
/// </summary>
public abstract class CouncilsTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : CouncilsTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : CouncilsTests(host);

    /// <summary>A listed council registered through the page; returns its id and its first admin's address.</summary>
    private async Task<(int Id, LocalAuthority Council, string AdminEmail)> RegisteredCouncilAsync()
    {
        var council = await host.UnregisteredCouncilAsync();
        var admin = A.UniqueEmail("claimant");
        Assert.Equal("/council", (await host.NewClient().RegisterAsync(council.OnsCode, admin)).Path);
        await using var db = host.NewContext();
        return (await db.Organisations.Where(o => o.OnsCode == council.OnsCode).Select(o => o.Id).SingleAsync(), council, admin);
    }

    private async Task<OrganisationStatus> StatusOf(int id)
    {
        await using var db = host.NewContext();
        return await db.Organisations.Where(o => o.Id == id).Select(o => o.Status).SingleAsync();
    }

    private static string[] LatestLogRow(WebPage page) =>
        page.Document.QuerySelector("[data-testid=log] tbody tr")!.QuerySelectorAll("td").Select(td => WebPage.Normalize(td.TextContent)).ToArray();

    [Fact]
    public async Task Verify_ANewCouncil_ListedFirstAsNotYetVerified_CountsFromThenOn_AndIsLogged()
    {
        var (id, council, adminEmail) = await RegisteredCouncilAsync();
        var sector = await host.SignedInSectorAsync();

        var list = await sector.GetPageAsync("/sector/councils");
        var detail = await sector.GetPageAsync($"/sector/councils/{id}");
        var verified = await sector.SubmitAndFollowAsync(detail, "form[action*='handler=Verify']");

        var first = list.Document.QuerySelector("[data-testid=councils] tbody tr")!;
        Assert.Contains("Not yet verified", first.TextContent, StringComparison.Ordinal);
        Assert.Contains(list.All("[data-testid=councils] tbody tr td:first-child"), name => name == council.Name);
        Assert.Equal("Verified", verified.One("[data-testid=status]")!.TextContent);
        Assert.Equal(OrganisationStatus.Verified, await StatusOf(id));
        var row = LatestLogRow(verified);
        Assert.Equal((HostFixture.SectorEmail, "Verified", "was not yet verified"), (row[1], row[2], row[3]));
        var dashboard = await (await host.SignedInAsync(adminEmail)).GetPageAsync("/council");
        Assert.Null(dashboard.One("[data-testid=unverified-notice]"));
    }

    [Fact]
    public async Task Suspend_AFalseClaim_KeepsItsPeopleOutOfTheWorkspace_WithTheReasonLogged()
    {
        var (id, _, adminEmail) = await RegisteredCouncilAsync();
        var claimant = await host.SignedInAsync(adminEmail);
        var sector = await host.SignedInSectorAsync();

        var suspended = await sector.SubmitAndFollowAsync(await sector.GetPageAsync($"/sector/councils/{id}"), "form[action*='handler=Suspend']",
            ("Reason", "Not a council officer"));

        Assert.Equal(OrganisationStatus.Suspended, await StatusOf(id));
        Assert.Equal(["Suspended", "was not yet verified: Not a council officer"], LatestLogRow(suspended)[2..]);
        using var refused = await claimant.GetAsync("/council");
        Assert.StartsWith("/account/access-denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.NotNull((await claimant.GetPageAsync("/account/access-denied")).One("[data-testid=suspended]"));
    }

    [Fact]
    public async Task HandOver_ToThePersonAskingToJoin_MakesThemTheAdmin_AndTheClaimantAMember()
    {
        var (id, council, claimantEmail) = await RegisteredCouncilAsync();
        var realEmail = A.UniqueEmail("real-hr");
        await host.NewClient().RegisterAsync(council.OnsCode, realEmail);
        var sector = await host.SignedInSectorAsync();
        var before = await sector.GetPageAsync($"/sector/councils/{id}");

        var handed = await sector.SubmitAndFollowAsync(before, "form[action*='handler=HandOver']", ("HandTo", realEmail.ToUpperInvariant()));

        var standings = before.Document.QuerySelectorAll("[data-testid=people] tbody tr")
            .ToDictionary(r => r.Children[0].TextContent.Trim(), r => r.Children[1].TextContent.Trim());
        Assert.Equal(new Dictionary<string, string> { [claimantEmail] = "Admin", [realEmail] = "Asked to join" }, standings);
        Assert.Equal(["Handed over", $"to {realEmail}; 1 other admin made a member"], LatestLogRow(handed)[2..]);
        await using var db = host.NewContext();
        var people = await db.Users.Where(u => u.OrganisationId == id).ToDictionaryAsync(u => u.Email!, u => u.CouncilRole);
        Assert.Equal(new Dictionary<string, CouncilRole> { [realEmail] = CouncilRole.Admin, [claimantEmail] = CouncilRole.Member }, people);
        Assert.True((await db.JoinRequests.SingleAsync(r => r.Email == realEmail)).Accepted);
        var realAdmin = await host.SignedInAsync(realEmail);
        Assert.Equal(HttpStatusCode.OK, (await realAdmin.GetPageAsync("/council/users")).Status);
    }

    [Fact]
    public async Task HandOver_ToSomeoneOutsideTheCouncil_IsRefusedWithAReason_AndChangesNothing()
    {
        var (id, _, claimantEmail) = await RegisteredCouncilAsync();
        var stranger = await host.CouncilAsync();
        var sector = await host.SignedInSectorAsync();

        var page = await sector.SubmitAndFollowAsync(await sector.GetPageAsync($"/sector/councils/{id}"), "form[action*='handler=HandOver']",
            ("HandTo", stranger.AdminEmail));

        Assert.Single(page.Errors, e => e.StartsWith($"{stranger.AdminEmail} is not a person of this council or waiting to join it.", StringComparison.Ordinal));
        await using var db = host.NewContext();
        Assert.Equal(CouncilRole.Admin, (await db.Users.SingleAsync(u => u.Email == claimantEmail)).CouncilRole);
        Assert.False(await db.CouncilLog.AnyAsync(e => e.OrganisationId == id && e.Action == CouncilLogAction.HandedOver));
    }

    [Fact]
    public async Task CouncilAdmin_CannotOpenTheSectorsCouncils()
    {
        var council = await host.CouncilAsync();
        var client = await host.SignedInAsync(council.AdminEmail);

        using var response = await client.GetAsync($"/sector/councils/{council.Id}");

        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
