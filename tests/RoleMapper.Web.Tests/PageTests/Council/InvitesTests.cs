namespace RoleMapper.Web.Tests.PageTests.Council;

public abstract class InvitesTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : InvitesTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : InvitesTests(host);

    [Fact]
    public async Task Post_Invite_ShowsALinkOnceAndStoresOnlyItsHash()
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);
        var email = A.UniqueEmail("colleague");

        var page = await admin.SubmitAndFollowAsync(await admin.GetPageAsync("/council/invites/new"), "main form",
            ("Input.Email", email), ("Input.Role", "Member"));

        var link = new Uri(page.One("[data-testid=invite-link]")!.GetAttribute("value")!);
        var token = link.AbsolutePath["/invite/".Length..];
        Assert.Equal(host.BaseAddress.Authority, link.Authority);
        Assert.True(token.Length >= 40);
        await using var db = host.NewContext();
        db.ScopeToOrganisation(council.Id);
        var stored = await db.Invitations.SingleAsync(i => i.Email == email);
        Assert.Equal(InviteToken.Hash(token), stored.TokenHash);
        Assert.DoesNotContain(token, stored.TokenHash, StringComparison.Ordinal);
        Assert.Equal(council.Id, stored.OrganisationId);
    }

    [Fact]
    public async Task Accept_ValidLink_JoinsTheCouncilOnceOnly()
    {
        var council = await host.CouncilAsync();
        var email = A.UniqueEmail("newcomer");
        var (_, token) = await host.InvitationAsync(council, email: email);
        var newcomer = host.NewClient();

        var invitePage = await newcomer.GetPageAsync($"/invite/{token}");
        Assert.Contains(email, invitePage.Text);
        var dashboard = await newcomer.SubmitAndFollowAsync(invitePage, "main form",
            ("Input.Password", HostFixture.Password), ("Input.ConfirmPassword", HostFixture.Password));

        Assert.Equal(council.Name, dashboard.One("[data-testid=council-name]")!.TextContent);
        Assert.Contains("a member of this council", dashboard.Text);
        var again = await host.NewClient().GetPageAsync($"/invite/{token}");
        Assert.Equal(HttpStatusCode.Gone, again.Status);
        Assert.Equal("This invitation has already been used. Sign in instead.", again.One("[data-testid=invite-problem]")!.TextContent);
    }

    [Fact]
    public async Task Accept_TwoBrowsersWithOneLink_OnlyTheFirstJoins()
    {
        var council = await host.CouncilAsync();
        var (_, token) = await host.InvitationAsync(council);
        var first = host.NewClient();
        var second = host.NewClient();
        var firstPage = await first.GetPageAsync($"/invite/{token}");
        var secondPage = await second.GetPageAsync($"/invite/{token}");

        using var firstResponse = await first.SubmitAsync(firstPage, "main form", ("Input.Password", HostFixture.Password), ("Input.ConfirmPassword", HostFixture.Password));
        using var secondResponse = await second.SubmitAsync(secondPage, "main form", ("Input.Password", HostFixture.Password), ("Input.ConfirmPassword", HostFixture.Password));

        Assert.Equal(HttpStatusCode.Redirect, firstResponse.StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, secondResponse.StatusCode);
    }

    [Fact]
    public async Task Accept_ExpiredLink_IsGone()
    {
        var council = await host.CouncilAsync();
        var (_, token) = await host.InvitationAsync(council, expiresIn: TimeSpan.FromMinutes(-1));

        var page = await host.NewClient().GetPageAsync($"/invite/{token}");

        Assert.Equal(HttpStatusCode.Gone, page.Status);
        Assert.Equal("This invitation has expired. Ask your council's admin for a new one.", page.One("[data-testid=invite-problem]")!.TextContent);
        Assert.Null(page.One("input[type=password]"));
    }

    [Fact]
    public async Task Accept_MadeUpToken_IsNotFound()
    {
        var page = await host.NewClient().GetPageAsync("/invite/not-a-real-token");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    [Fact]
    public async Task Post_Withdraw_MakesTheLinkUseless()
    {
        var council = await host.CouncilAsync();
        var (id, token) = await host.InvitationAsync(council);
        var admin = await host.SignedInAsync(council.AdminEmail);

        using var response = await admin.SubmitAsync(await admin.GetPageAsync($"/council/invites/{id}"), "main form");
        var page = await host.NewClient().GetPageAsync($"/invite/{token}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, page.Status);
        Assert.Equal("Revoked", (await admin.GetPageAsync($"/council/invites/{id}")).One("[data-testid=invite-state]")!.TextContent);
    }

    [Fact]
    public async Task Get_InvitePage_AsMember_IsForbidden()
    {
        var council = await host.CouncilAsync();
        var member = await host.SignedInMemberAsync(council);

        using var response = await member.GetAsync("/council/invites/new");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
    }
}
