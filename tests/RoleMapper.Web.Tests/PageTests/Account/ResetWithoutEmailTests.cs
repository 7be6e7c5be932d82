namespace RoleMapper.Web.Tests.PageTests.Account;

/// <summary>The shared host has no SMTP server, as the quick start has none: nobody is offered an email, admins make links.</summary>
public abstract class ResetWithoutEmailTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : ResetWithoutEmailTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : ResetWithoutEmailTests(host);

    private const string NewPassword = "a brand new password for today";

    [Fact]
    public async Task ForgotPasswordWithoutAnSMTPServer_SaysToAskTheCouncilsAdmin()
    {
        var client = host.NewClient();

        var page = await client.GetPageAsync("/account/forgot-password");
        var signIn = await client.GetPageAsync("/account/sign-in");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("This RoleMapper sends no email. Ask one of your council's admins for a password reset link", page.One("[data-testid=forgot-answer]")!.TextContent);
        Assert.Null(page.One("main form"));
        Assert.NotNull(signIn.One("a[href='/account/forgot-password']"));
    }

    [Fact]
    public async Task AnAdmins_LinkResetsAPasswordWithNoSMTPServer()
    {
        var council = await host.CouncilAsync();
        var email = A.UniqueEmail("colleague");
        var id = await host.PersonAsync(council.Id, email);
        var admin = await host.SignedInAsync(council.AdminEmail);

        var made = await admin.SubmitAndFollowAsync(await admin.GetPageAsync($"/council/users/{id}"), "[data-testid=reset-link-form]");
        var link = new Uri(made.One("[data-testid=reset-link]")!.GetAttribute("value")!);
        var done = await host.NewClient().ChooseNewPasswordAsync(link, NewPassword);
        var signIn = host.NewClient();
        using var signedIn = await signIn.SubmitAsync(await signIn.GetPageAsync("/account/sign-in"), "main form",
            ("Input.Email", email), ("Input.Password", NewPassword));

        Assert.Contains("It works once, until", made.Text);
        Assert.Equal("Your password has been changed", done.H1);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task AnAdmin_IsNotOfferedALinkForThemselfAndAMemberCannotMakeOne()
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);
        var member = await host.SignedInMemberAsync(council);

        var own = await admin.GetPageAsync($"/council/users/{council.AdminId}");
        using var asMember = await member.GetAsync($"/council/users/{council.AdminId}");

        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Null(own.One("[data-testid=reset-link-form]"));
        Assert.Equal(HttpStatusCode.Redirect, asMember.StatusCode);
        Assert.StartsWith("/account/access-denied", asMember.Headers.Location!.PathAndQuery);
    }
}
