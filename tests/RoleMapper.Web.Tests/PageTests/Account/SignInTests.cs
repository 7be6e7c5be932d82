using RoleMapper.Web.Pages.Account;

namespace RoleMapper.Web.Tests.PageTests.Account;

public abstract class SignInTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : SignInTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : SignInTests(host);

    [Fact]
    public async Task Post_RightPassword_GoesToTheDashboardWithASafeCookie()
    {
        var council = await host.CouncilAsync();
        var client = host.NewClient();

        using var response = await client.SubmitAsync(await client.GetPageAsync("/account/sign-in"), "main form",
            ("Input.Email", council.AdminEmail), ("Input.Password", HostFixture.Password));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/council", response.Headers.Location!.ToString());
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("rolemapper.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var dashboard = await client.GetPageAsync("/council");
        Assert.Equal(council.Name, dashboard.One("[data-testid=council-name]")!.TextContent);
    }

    [Fact]
    public async Task DataProtectionKeys_AreKeptInTheSharedDatabase()
    {
        // Any form page issues an antiforgery token, which needs a key; every web node must read the same keys.
        await host.NewClient().GetPageAsync("/account/sign-in");

        await using var db = host.NewContext();
        Assert.NotEmpty(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.DataProtectionKeys));
    }

    [Fact]
    public async Task Post_WrongPassword_SaysSoWithoutSayingWhichIsWrong()
    {
        var council = await host.CouncilAsync();
        var client = host.NewClient();

        var page = await client.SubmitAndFollowAsync(await client.GetPageAsync("/account/sign-in"), "main form",
            ("Input.Email", council.AdminEmail), ("Input.Password", "not the password at all"));

        Assert.Equal([SignInModel.WrongDetails], page.Errors);
    }

    [Fact]
    public async Task Post_TenWrongPasswords_PauseTheAccountEvenForTheRightOne_SayingOnlyWhatAnyFailureSays()
    {
        var council = await host.CouncilAsync();
        var client = host.NewClient();
        for (var i = 0; i < AccountRules.MaxFailedSignIns; i++)
        {
            await client.SubmitAndFollowAsync(await client.GetPageAsync("/account/sign-in"), "main form",
                ("Input.Email", council.AdminEmail), ("Input.Password", "wrong password " + i));
        }

        var page = await client.SubmitAndFollowAsync(await client.GetPageAsync("/account/sign-in"), "main form",
            ("Input.Email", council.AdminEmail), ("Input.Password", HostFixture.Password));
        var unknown = await client.SubmitAndFollowAsync(await client.GetPageAsync("/account/sign-in"), "main form",
            ("Input.Email", A.UniqueEmail("nobody")), ("Input.Password", HostFixture.Password));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal([SignInModel.WrongDetails], page.Errors);
        Assert.Equal(unknown.Errors, page.Errors);
        Assert.Equal("Enter a correct email address and password. After 10 wrong passwords in a row, an account cannot sign in for 5 minutes.", SignInModel.WrongDetails);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    public async Task Post_ReturnUrlOffTheSite_IsIgnored(string returnUrl)
    {
        var council = await host.CouncilAsync();
        var client = host.NewClient();

        using var response = await client.SubmitAsync(await client.GetPageAsync("/account/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl)),
            "main form", ("Input.Email", council.AdminEmail), ("Input.Password", HostFixture.Password));

        Assert.Equal("/council", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Get_CouncilPageSignedOut_SendsToSignInAndBackAfterwards()
    {
        var council = await host.CouncilAsync();
        var client = host.NewClient();

        using var challenge = await client.GetAsync("/council/users");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var signInPage = await client.GetPageAsync(challenge.Headers.Location!.PathAndQuery);
        using var response = await client.SubmitAsync(signInPage, "main form", ("Input.Email", council.AdminEmail), ("Input.Password", HostFixture.Password));

        Assert.Equal("/council/users", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Post_SignOut_EndsTheSession()
    {
        var council = await host.CouncilAsync();
        var client = await host.SignedInAsync(council.AdminEmail);
        var dashboard = await client.GetPageAsync("/council");

        using var response = await client.SubmitAsync(dashboard, "form[action='/account/sign-out']");
        using var after = await client.GetAsync("/council");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/sign-in", after.Headers.Location!.PathAndQuery);
    }
}
