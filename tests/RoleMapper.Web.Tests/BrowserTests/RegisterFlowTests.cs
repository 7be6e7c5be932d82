namespace RoleMapper.Web.Tests.BrowserTests;

/// <summary>
/// A listed council registers (first making mistakes), signs out, and signs in again, on a laptop and a phone; its
/// dashboard says it waits for the sector's check.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class RegisterFlowTests(HostFixture host) : BrowserTest(host)
{
    [Theory]
    [InlineData("laptop")]
    [InlineData("phone")]
    public async Task RegisterACouncil_SignOut_SignIn(string viewport)
    {
        var council = (await Host.UnregisteredCouncilAsync()).Name;
        var email = A.UniqueEmail("hr." + viewport);
        var page = await NewPageAsync(viewport);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Register your council" }).First.ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        await Chromium.ScreenshotAsync(page, $"register-1-errors-{viewport}");

        var option = await page.GetByLabel("Your council").Locator("option", new() { HasTextString = council + " (" }).TextContentAsync();
        await page.GetByLabel("Your council").SelectOptionAsync(new SelectOptionValue { Label = option });
        await page.GetByLabel("Your work email address").FillAsync(email);
        await page.GetByLabel("Create a password").FillAsync(HostFixture.Password);
        await page.GetByLabel("Enter the password again").FillAsync(HostFixture.Password);
        await Chromium.ScreenshotAsync(page, $"register-2-filled-{viewport}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();

        await page.WaitForURLAsync("**/council");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(council);
        await Assertions.Expect(page.Locator("[data-testid=unverified-notice]")).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, $"register-3-dashboard-{viewport}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(Host.BaseAddress.ToString());
        await SignInAsync(page, email, screenshot: $"register-4-sign-in-{viewport}");
        await Assertions.Expect(page.Locator("[data-testid=council-name]")).ToHaveTextAsync(council);
    }
}
