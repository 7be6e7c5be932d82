namespace RoleMapper.Web.Tests.BrowserTests;

/// <summary>
/// A member forgets their password on a RoleMapper that sends no email: the sign-in page leads them to ask their admin,
/// the admin makes a link, and the member chooses a new password with it and signs in.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PasswordResetFlowTests(HostFixture host) : BrowserTest(host)
{
    private const string NewPassword = "a brand new password for today";

    [Theory]
    [InlineData("laptop")]
    [InlineData("phone")]
    public async Task AMemberForgetsTheirPassword_TheAdminsLinkLetsThemBackIn(string viewport)
    {
        var council = await Host.CouncilAsync();
        var email = A.UniqueEmail("forgetful." + viewport);
        await Host.PersonAsync(council.Id, email);

        var member = await NewPageAsync(viewport);
        await member.GotoAsync("/account/sign-in");
        await member.GetByRole(AriaRole.Link, new() { Name = "Forgotten your password?" }).ClickAsync();
        await Assertions.Expect(member.Locator("[data-testid=forgot-answer]")).ToContainTextAsync("Ask one of your council's admins");
        await Chromium.ScreenshotAsync(member, $"reset-1-forgot-{viewport}");

        var admin = await NewPageAsync(viewport);
        await SignInAsync(admin, council.AdminEmail);
        await admin.GotoAsync("/council/users");
        await admin.GetByRole(AriaRole.Link, new() { Name = $"Change {email}" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Make a password reset link" }).ClickAsync();
        var link = await admin.Locator("[data-testid=reset-link]").InputValueAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Copy link" })).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(admin, $"reset-2-link-{viewport}");

        await member.GotoAsync(link);
        await Assertions.Expect(member.Locator("h1")).ToHaveTextAsync("Choose a new password");
        await member.GetByLabel("New password").FillAsync(NewPassword);
        await member.GetByLabel("Enter the password again").FillAsync(NewPassword);
        await Chromium.ScreenshotAsync(member, $"reset-3-choose-{viewport}");
        await member.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(member.Locator("h1")).ToHaveTextAsync("Your password has been changed");
        await member.GotoAsync("/account/sign-in");
        await member.GetByLabel("Email address").FillAsync(email);
        await member.GetByLabel("Password").FillAsync(NewPassword);
        await member.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await member.WaitForURLAsync("**/council");
        await Assertions.Expect(member.Locator("[data-testid=council-name]")).ToHaveTextAsync(council.Name);
    }
}
