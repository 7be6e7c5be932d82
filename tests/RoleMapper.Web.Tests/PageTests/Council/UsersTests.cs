namespace RoleMapper.Web.Tests.PageTests.Council;

public abstract class UsersTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : UsersTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : UsersTests(host);

    [Fact]
    public async Task Get_People_ListsOnlyThisCouncil()
    {
        var council = await host.CouncilAsync();
        var other = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);

        var page = await admin.GetPageAsync("/council/users");

        Assert.Contains(page.All("tbody td:first-child"), t => t.StartsWith(council.AdminEmail, StringComparison.Ordinal));
        Assert.DoesNotContain(other.AdminEmail, page.Text);
    }

    [Fact]
    public async Task Post_Role_MakesAMemberAnAdmin()
    {
        var council = await host.CouncilAsync();
        var memberId = await host.PersonAsync(council.Id, A.UniqueEmail("member"));
        var admin = await host.SignedInAsync(council.AdminEmail);

        using var response = await admin.SubmitAsync(await admin.GetPageAsync($"/council/users/{memberId}"), "form[action$='handler=Role']", ("Role", "Admin"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(CouncilRole.Admin, await RoleOf(memberId));
    }

    [Fact]
    public async Task Post_Role_TheOnlyAdminCannotStepDown()
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);

        var page = await admin.SubmitAndFollowAsync(await admin.GetPageAsync($"/council/users/{council.AdminId}"), "form[action$='handler=Role']", ("Role", "Member"));

        Assert.Contains($"{council.AdminEmail} is the only admin. Make someone else an admin first.", page.Errors);
        Assert.Equal(CouncilRole.Admin, await RoleOf(council.AdminId));
    }

    [Fact]
    public async Task Post_Role_AnAdminCanStepDownWhenAnotherRemains()
    {
        var council = await host.CouncilAsync();
        await host.PersonAsync(council.Id, A.UniqueEmail("second-admin"), CouncilRole.Admin);
        var admin = await host.SignedInAsync(council.AdminEmail);

        using var response = await admin.SubmitAsync(await admin.GetPageAsync($"/council/users/{council.AdminId}"), "form[action$='handler=Role']", ("Role", "Member"));
        using var after = await admin.GetAsync("/council/users");

        Assert.Equal("/council", response.Headers.Location!.ToString());
        Assert.Equal(CouncilRole.Member, await RoleOf(council.AdminId));
        Assert.StartsWith("/account/access-denied", after.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Post_Remove_DeletesThePersonAndEndsTheirSessionAtOnce()
    {
        var council = await host.CouncilAsync();
        var memberEmail = A.UniqueEmail("leaver");
        var memberId = await host.PersonAsync(council.Id, memberEmail);
        var member = await host.SignedInAsync(memberEmail);
        var admin = await host.SignedInAsync(council.AdminEmail);

        using var response = await admin.SubmitAsync(await admin.GetPageAsync($"/council/users/{memberId}"), "form[action$='handler=Remove']");
        using var memberAfter = await member.GetAsync("/council");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = host.NewContext();
        Assert.False(await db.Users.AnyAsync(u => u.Id == memberId));
        Assert.Equal(HttpStatusCode.Redirect, memberAfter.StatusCode);
        Assert.StartsWith("/account/sign-in", memberAfter.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Get_Edit_YourselfHasNoRemoveButton()
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);

        var page = await admin.GetPageAsync($"/council/users/{council.AdminId}");

        Assert.Null(page.One("form[action$='handler=Remove']"));
    }

    [Fact]
    public async Task Get_People_AsMember_IsForbidden()
    {
        var council = await host.CouncilAsync();
        var member = await host.SignedInMemberAsync(council);

        using var response = await member.GetAsync("/council/users");
        var denied = await member.GetPageAsync(response.Headers.Location!.PathAndQuery);

        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Forbidden, denied.Status);
        Assert.StartsWith("Your account does not give you access to this page. If you think it should, ask one of your council's admins",
            denied.All("[data-testid=who-grants]").Single(), StringComparison.Ordinal);
    }

    private async Task<CouncilRole> RoleOf(string userId)
    {
        await using var db = host.NewContext();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.CouncilRole).SingleAsync();
    }
}
