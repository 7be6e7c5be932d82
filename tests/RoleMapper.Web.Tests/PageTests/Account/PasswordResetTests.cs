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
    public async Task Forgot_password_emails_a_link_that_sets_a_new_password_to_sign_in_with()
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
    public async Task Forgot_password_answers_an_unknown_address_alike_and_sends_it_nothing()
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
    public async Task A_forged_Host_header_cannot_send_someone_a_link_to_another_site()
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
    public async Task An_emailed_link_expires_after_an_hour_and_then_changes_nothing()
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
    public async Task A_link_works_once_even_from_a_second_tab_opened_before_it_was_used()
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
    public async Task Resetting_ends_the_lockout_and_cancels_the_other_links()
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
    public async Task A_new_password_that_breaks_the_rules_is_refused_and_the_link_still_works()
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
    public async Task An_admin_makes_a_one_time_link_for_a_colleague_that_lasts_a_day_and_is_stored_only_as_a_hash()
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
    public async Task An_admin_made_link_expires_after_a_day()
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
    public async Task An_admin_cannot_make_a_link_for_someone_in_another_council()
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
    public async Task A_made_up_link_is_not_found()
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
