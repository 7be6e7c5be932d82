namespace RoleMapper.Web.Tests.PageTests.Council;

/// <summary>A second registration of a council becomes a request to join it, which the council's admin answers on /council/users.</summary>
public abstract class JoinRequestTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : JoinRequestTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : JoinRequestTests(host);

    /// <summary>A listed council registered through the page; returns it and its first admin's address.</summary>
    private async Task<(LocalAuthority Council, string AdminEmail)> RegisteredCouncilAsync()
    {
        var council = await host.UnregisteredCouncilAsync();
        var admin = A.UniqueEmail("first");
        Assert.Equal("/council", (await host.NewClient().RegisterAsync(council.OnsCode, admin)).Path);
        return (council, admin);
    }

    [Fact]
    public async Task SecondClaim_BecomesAJoinRequest_SeesNothingUntilTheAdminAccepts_ThenIsAMember()
    {
        var (council, adminEmail) = await RegisteredCouncilAsync();
        var second = A.UniqueEmail("second");

        var sent = await host.NewClient().RegisterAsync(council.OnsCode, second);

        Assert.Contains($"{council.Name} is already registered, so we have asked its admins to let you join.",
            sent.One("[data-testid=join-requested]")!.TextContent, StringComparison.Ordinal);
        await using (var db = host.NewContext())
        {
            Assert.Equal(1, await db.Organisations.CountAsync(o => o.OnsCode == council.OnsCode));
            Assert.Null((await db.Users.SingleAsync(u => u.Email == second)).OrganisationId);
        }
        var waiting = await host.SignedInAsync(second);
        using (var before = await waiting.GetAsync("/council"))
        {
            Assert.StartsWith("/account/access-denied", before.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
        Assert.NotNull((await waiting.GetPageAsync("/account/access-denied")).One("[data-testid=waiting-to-join]"));

        var admin = await host.SignedInAsync(adminEmail);
        var users = await admin.GetPageAsync("/council/users");
        Assert.Contains(second, users.One("[data-testid=join-requests]")!.TextContent, StringComparison.Ordinal);
        using (var accepted = await admin.SubmitAsync(users, "form[action*='handler=Accept']"))
        {
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        }

        var dashboard = await waiting.GetPageAsync("/council");
        Assert.Equal(council.Name, dashboard.One("[data-testid=council-name]")!.TextContent);
        Assert.Null((await admin.GetPageAsync("/council/users")).One("[data-testid=join-requests]"));
        await using var check = host.NewContext();
        var organisationId = await check.Organisations.Where(o => o.OnsCode == council.OnsCode).Select(o => o.Id).SingleAsync();
        var member = await check.Users.SingleAsync(u => u.Email == second);
        Assert.Equal((organisationId, CouncilRole.Member), (member.OrganisationId, member.CouncilRole));
        var log = await check.CouncilLog.Where(e => e.OrganisationId == organisationId).OrderBy(e => e.Id)
            .Select(e => new { e.Action, e.ByEmail, e.Detail }).ToListAsync();
        Assert.Equal([CouncilLogAction.Registered, CouncilLogAction.JoinRequested, CouncilLogAction.JoinAccepted], log.Select(e => e.Action));
        Assert.Equal((adminEmail, second), (log[2].ByEmail, log[2].Detail));
    }

    [Fact]
    public async Task Decline_DeletesTheWaitingAccount_SoTheAddressIsFreeAgain()
    {
        var (council, adminEmail) = await RegisteredCouncilAsync();
        var second = A.UniqueEmail("second");
        await host.NewClient().RegisterAsync(council.OnsCode, second);
        var admin = await host.SignedInAsync(adminEmail);

        using var declined = await admin.SubmitAsync(await admin.GetPageAsync("/council/users"), "form[action*='handler=Decline']");

        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        await using var db = host.NewContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email == second));
        var request = await db.JoinRequests.SingleAsync(r => r.Email == second);
        Assert.Equal((false, adminEmail, (string?)null), (request.Accepted, request.DecidedByEmail, request.UserId));
    }

    [Fact]
    public async Task AnotherCouncilsAdmin_CannotAnswerTheRequest()
    {
        var (council, _) = await RegisteredCouncilAsync();
        var second = A.UniqueEmail("second");
        await host.NewClient().RegisterAsync(council.OnsCode, second);
        int requestId;
        await using (var db = host.NewContext())
        {
            requestId = await db.JoinRequests.Where(r => r.Email == second).Select(r => r.Id).SingleAsync();
        }
        var other = await host.CouncilAsync();
        var otherAdmin = await host.SignedInAsync(other.AdminEmail);
        var page = await otherAdmin.GetPageAsync("/council/users");

        // The other admin's own form, pointed at this council's request.
        using var response = await otherAdmin.PostAsync($"/council/users?handler=Accept&requestId={requestId}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var check = host.NewContext();
        Assert.Null((await check.Users.SingleAsync(u => u.Email == second)).OrganisationId);
    }
}
