using System.Text.RegularExpressions;

namespace RoleMapper.Web.Tests.PageTests.Account;

/// <summary>
/// Password reset over real HTTP, with the app sending real email to an SMTP server in the test process. Expiry is seen
/// by moving the host's clock, never by waiting.
/// </summary>
[Collection(SmtpCollection.Name)]
public sealed partial class PasswordResetTests(SmtpHostFixture host)
{
    private const string NewPassword = "a brand new password for today";

    [Fact]
    public async Task Forgot_PasswordEmailsALinkThatSetsANewPasswordToSignInWith()
    {
        var council = await host.CouncilAsync();
        var email = A.UniqueEmail("forgetful");
        await host.PersonAsync(council.Id, email);
        var client = host.NewClient();

        var answer = await AskForLinkAsync(client, email);
        var message = await host.Mailbox.WaitForAsync(email);
        var link = LinkIn(message.TextBody);
        var form = await client.GetPageAsync(link.PathAndQuery);
        var done = await client.ChooseNewPasswordAsync(link, NewPassword);

        Assert.Equal("Check your email", answer.H1);
        Assert.Equal("Reset your RoleMapper password", message.Subject);
        Assert.StartsWith(SmtpHostFixture.SiteUrl + "/account/reset-password/", link.AbsoluteUri);
        Assert.Contains("It works once, for 1 hour", message.TextBody);
        Assert.Contains(email, form.Text);
        Assert.Equal("Your password has been changed", done.H1);
        Assert.Equal(HttpStatusCode.Redirect, await SignInStatusAsync(email, NewPassword));
        Assert.NotEqual(HttpStatusCode.Redirect, await SignInStatusAsync(email, HostFixture.Password));
    }

    [Fact]
    public async Task ForgotPassword_AnswersAnUnknownAddressAlikeAndSendsItNothing()
    {
        var council = await host.CouncilAsync();
        var known = A.UniqueEmail("known");
        await host.PersonAsync(council.Id, known);
        var unknown = A.UniqueEmail("unknown");

        var toUnknown = await AskForLinkAsync(host.NewClient(), unknown);
        var toKnown = await AskForLinkAsync(host.NewClient(), known);
        // Requests are sent in the order they came, so once the second one's email is here the first has been dealt with.
        await host.Mailbox.WaitForAsync(known);

        Assert.Equal(toKnown.Status, toUnknown.Status);
        Assert.Equal(toKnown.Text.Replace(known, "ADDRESS", StringComparison.Ordinal), toUnknown.Text.Replace(unknown, "ADDRESS", StringComparison.Ordinal));
        Assert.Empty(host.Mailbox.To(unknown));
        await using var db = host.NewContext();
        Assert.Equal(1, await db.PasswordResets.CountAsync(r => db.Users.Any(u => u.Id == r.UserId && u.Email == known)));
    }

    [Fact]
    public async Task AForgedHostHeader_CannotSendSomeoneALinkToAnotherSite()
    {
        var email = await MemberAsync();
        var client = host.NewClient();
        var form = await client.GetPageAsync("/account/forgot-password");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/forgot-password")
        {
            Content = new FormUrlEncodedContent(
            [
                new KeyValuePair<string, string>("__RequestVerificationToken", form.One("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
                new KeyValuePair<string, string>("Input.Email", email),
            ]),
        };
        request.Headers.Host = "attacker.example";

        using var response = await client.SendAsync(request);
        var link = LinkIn((await host.Mailbox.WaitForAsync(email)).TextBody);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(SmtpHostFixture.SiteUrl + "/account/reset-password/", link.AbsoluteUri);
    }

    [Fact]
    public async Task AnEmailed_LinkExpiresAfterAnHourAndThenChangesNothing()
    {
        var email = await MemberAsync();
        var link = await EmailedLinkAsync(email);
        var client = host.NewClient();

        host.Clock.Advance(TimeSpan.FromMinutes(59));
        var stillWorks = await client.GetPageAsync(link.PathAndQuery);
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        using var late = await client.SubmitAsync(stillWorks, "main form", ("Input.Password", NewPassword), ("Input.ConfirmPassword", NewPassword));
        var expired = await WebPage.ReadAsync(link.PathAndQuery, late);

        Assert.Equal(HttpStatusCode.OK, stillWorks.Status);
        Assert.Equal(HttpStatusCode.Gone, expired.Status);
        Assert.Equal("This password reset link has expired. Ask for a new one.", expired.One("[data-testid=reset-problem]")!.TextContent);
        Assert.Null(expired.One("input[type=password]"));
        Assert.Equal(HttpStatusCode.Redirect, await SignInStatusAsync(email, HostFixture.Password));
    }

    [Fact]
    public async Task ALink_WorksOnceEvenFromASecondTabOpenedBeforeItWasUsed()
    {
        var email = await MemberAsync();
        var link = await EmailedLinkAsync(email);
        var first = host.NewClient();
        var second = host.NewClient();
        var firstTab = await first.GetPageAsync(link.PathAndQuery);
        var secondTab = await second.GetPageAsync(link.PathAndQuery);

        await first.SubmitAndFollowAsync(firstTab, "main form", ("Input.Password", NewPassword), ("Input.ConfirmPassword", NewPassword));
        using var replay = await second.SubmitAsync(secondTab, "main form", ("Input.Password", "the second tab's password"), ("Input.ConfirmPassword", "the second tab's password"));
        var refused = await WebPage.ReadAsync(link.PathAndQuery, replay);
        var again = await host.NewClient().GetPageAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.Gone, refused.Status);
        Assert.Equal(HttpStatusCode.Gone, again.Status);
        Assert.StartsWith("This password reset link has already been used.", again.One("[data-testid=reset-problem]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, await SignInStatusAsync(email, NewPassword));
        Assert.NotEqual(HttpStatusCode.Redirect, await SignInStatusAsync(email, "the second tab's password"));
    }

    [Fact]
    public async Task Resetting_EndsTheLockoutAndCancelsTheOtherLinks()
    {
        var email = await MemberAsync();
        for (var i = 0; i < AccountRules.MaxFailedSignIns; i++)
        {
            await SignInStatusAsync(email, "wrong password " + i);
        }
        var lockedOut = await SignInStatusAsync(email, HostFixture.Password);
        await AskForLinkAsync(host.NewClient(), email);
        await AskForLinkAsync(host.NewClient(), email);
        var older = LinkIn((await host.Mailbox.WaitForAsync(email, 1)).TextBody);
        var newer = LinkIn((await host.Mailbox.WaitForAsync(email, 2)).TextBody);

        await host.NewClient().ChooseNewPasswordAsync(newer, NewPassword);
        var cancelled = await host.NewClient().GetPageAsync(older.PathAndQuery);

        Assert.NotEqual(HttpStatusCode.Redirect, lockedOut);
        Assert.NotEqual(older, newer);
        Assert.Equal(HttpStatusCode.Redirect, await SignInStatusAsync(email, NewPassword));
        Assert.Equal(HttpStatusCode.Gone, cancelled.Status);
        Assert.StartsWith("This link no longer works: the password was changed with another link since.", cancelled.One("[data-testid=reset-problem]")!.TextContent);
    }

    [Fact]
    public async Task ANewPasswordThatBreaksTheRules_IsRefusedAndTheLinkStillWorks()
    {
        var email = await MemberAsync();
        var link = await EmailedLinkAsync(email);
        var client = host.NewClient();

        var tooShort = await client.SubmitAndFollowAsync(await client.GetPageAsync(link.PathAndQuery), "main form", ("Input.Password", "short"), ("Input.ConfirmPassword", "short"));
        var fewLetters = await client.SubmitAndFollowAsync(tooShort, "main form", ("Input.Password", "aaaaaaaaaaaaab"), ("Input.ConfirmPassword", "aaaaaaaaaaaaab"));
        var done = await client.SubmitAndFollowAsync(fewLetters, "main form", ("Input.Password", NewPassword), ("Input.ConfirmPassword", NewPassword));

        Assert.Equal(["Your password must be at least 12 characters long"], tooShort.Errors);
        Assert.Single(fewLetters.Errors);
        Assert.Equal("Your password has been changed", done.H1);
    }

    [Fact]
    public async Task AnAdmin_MakesAOneTimeLinkForAColleagueThatLastsADayAndIsStoredOnlyAsAHash()
    {
        var council = await host.CouncilAsync();
        var email = A.UniqueEmail("colleague");
        var id = await host.PersonAsync(council.Id, email);
        var admin = await host.SignedInAsync(council.AdminEmail);
        var sentBefore = host.Mailbox.To(email).Count;

        var link = await admin.MakeResetLinkAsync(id);
        var token = link.AbsolutePath.Split('/')[^1];
        host.Clock.Advance(TimeSpan.FromHours(23));
        var done = await host.NewClient().ChooseNewPasswordAsync(link, NewPassword);
        var again = await host.NewClient().GetPageAsync(link.PathAndQuery);

        Assert.Equal(host.BaseAddress.Authority, link.Authority);
        Assert.Equal("Your password has been changed", done.H1);
        Assert.Equal(HttpStatusCode.Redirect, await SignInStatusAsync(email, NewPassword));
        Assert.Equal(HttpStatusCode.Gone, again.Status);
        Assert.Equal(sentBefore, host.Mailbox.To(email).Count);
        await using var db = host.NewContext();
        var stored = await db.PasswordResets.SingleAsync(r => r.UserId == id);
        Assert.Equal(InviteToken.Hash(token), stored.TokenHash);
        Assert.Equal(council.AdminId, stored.CreatedByUserId);
    }

    [Fact]
    public async Task AnAdmin_MadeLinkExpiresAfterADay()
    {
        var council = await host.CouncilAsync();
        var id = await host.PersonAsync(council.Id, A.UniqueEmail("colleague"));
        var admin = await host.SignedInAsync(council.AdminEmail);
        var link = await admin.MakeResetLinkAsync(id);

        host.Clock.Advance(TimeSpan.FromHours(24));
        var expired = await host.NewClient().GetPageAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.Gone, expired.Status);
        Assert.Equal("This password reset link has expired. Ask for a new one.", expired.One("[data-testid=reset-problem]")!.TextContent);
    }

    [Fact]
    public async Task AnAdmin_CannotMakeALinkForSomeoneInAnotherCouncil()
    {
        var theirs = await host.CouncilAsync();
        var ours = await host.CouncilAsync();
        var id = await host.PersonAsync(theirs.Id, A.UniqueEmail("elsewhere"));
        var admin = await host.SignedInAsync(ours.AdminEmail);
        var ownColleague = await host.PersonAsync(ours.Id, A.UniqueEmail("colleague"));
        var form = await admin.GetPageAsync($"/council/users/{ownColleague}");

        using var response = await admin.PostAsync($"/council/users/{id}?handler=ResetLink", new FormUrlEncodedContent(
            [new KeyValuePair<string, string>("__RequestVerificationToken", form.One("[data-testid=reset-link-form] input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = host.NewContext();
        Assert.False(await db.PasswordResets.AnyAsync(r => r.UserId == id));
    }

    [Fact]
    public async Task AMadeUpLink_IsNotFound()
    {
        var page = await host.NewClient().GetPageAsync("/account/reset-password/not-a-real-token");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Null(page.One("input[type=password]"));
    }

    private async Task<string> MemberAsync()
    {
        var council = await host.CouncilAsync();
        var email = A.UniqueEmail("member");
        await host.PersonAsync(council.Id, email);
        return email;
    }

    /// <summary>Asks for a link for <paramref name="email"/> and reads it from the email that comes.</summary>
    private async Task<Uri> EmailedLinkAsync(string email)
    {
        var before = host.Mailbox.To(email).Count;
        await AskForLinkAsync(host.NewClient(), email);
        return LinkIn((await host.Mailbox.WaitForAsync(email, before + 1)).TextBody);
    }

    private static async Task<WebPage> AskForLinkAsync(HttpClient client, string email) =>
        await client.SubmitAndFollowAsync(await client.GetPageAsync("/account/forgot-password"), "main form", ("Input.Email", email));

    private async Task<HttpStatusCode> SignInStatusAsync(string email, string password)
    {
        var client = host.NewClient();
        using var response = await client.SubmitAsync(await client.GetPageAsync("/account/sign-in"), "main form", ("Input.Email", email), ("Input.Password", password));
        return response.StatusCode;
    }

    private static Uri LinkIn(string? text) => new(ResetLink().Match(text ?? "") is { Success: true } m ? m.Value : throw new InvalidOperationException("No reset link in: " + text));

    [GeneratedRegex(@"https?://\S+/account/reset-password/[0-9a-f]+")]
    private static partial Regex ResetLink();
}
