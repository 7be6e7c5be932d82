namespace RoleMapper.Web.Tests.BrowserTests;

/// <summary>An admin invites a colleague, who opens the link in another browser and joins; the admin sees them listed.</summary>
[Collection(WebCollection.Name)]
public sealed class InviteFlowTests(HostFixture host) : BrowserTest(host)
{
    [Theory]
    [InlineData("laptop")]
    [InlineData("phone")]
    public async Task InviteAColleague_TheyJoin(string viewport)
    {
        var council = await Host.CouncilAsync($"Mercia {viewport} {Guid.NewGuid().ToString("N")[..4]} Borough Council");
        var colleague = A.UniqueEmail("colleague." + viewport);
        var admin = await NewPageAsync(viewport);
        await SignInAsync(admin, council.AdminEmail);

        await admin.GotoAsync("/council/users");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Invite a colleague" }).ClickAsync();
        await admin.GetByLabel("Their work email address").FillAsync(colleague);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create invitation link" }).ClickAsync();
        var link = await admin.Locator("[data-testid=invite-link]").InputValueAsync();
        // With JavaScript on, the copy button appears; without it the field can still be selected and copied.
        await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Copy link" })).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(admin, $"invite-1-link-{viewport}");

        var newcomer = await NewPageAsync(viewport);
        await newcomer.GotoAsync(link);
        await Assertions.Expect(newcomer.Locator("h1")).ToHaveTextAsync($"Join {council.Name} on RoleMapper");
        await newcomer.GetByLabel("Create a password").FillAsync(HostFixture.Password);
        await newcomer.GetByLabel("Enter the password again").FillAsync(HostFixture.Password);
        await Chromium.ScreenshotAsync(newcomer, $"invite-2-join-{viewport}");
        await newcomer.GetByRole(AriaRole.Button, new() { Name = $"Join {council.Name}" }).ClickAsync();
        await newcomer.WaitForURLAsync("**/council");
        await Assertions.Expect(newcomer.Locator("[data-testid=council-name]")).ToHaveTextAsync(council.Name);

        await admin.GotoAsync("/council/users");
        await Assertions.Expect(admin.Locator("tbody tr").Filter(new() { HasText = colleague })).ToHaveCountAsync(1);
        await Chromium.ScreenshotAsync(admin, $"invite-3-people-{viewport}");
    }
}
