namespace RoleMapper.Web.Tests.BrowserTests;

/// <summary>Anyone opens the sector role map from the menu, picks a service area, then searches a title, on a laptop and a phone.</summary>
[Collection(WebCollection.Name)]
public sealed class RoleMapFlowTests(HostFixture host) : BrowserTest(host)
{
    [Theory]
    [InlineData("laptop")]
    [InlineData("phone")]
    public async Task BrowseAnArea_ThenSearchATitle(string viewport)
    {
        var page = await NewPageAsync(viewport);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Role map", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/role-map");
        await Chromium.ScreenshotAsync(page, $"rolemap-1-areas-{viewport}", alsoFirstScreen: true);

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Adult Social Care$") }).ClickAsync();
        await page.WaitForURLAsync("**/role-map?area=Adult%20Social%20Care");
        var careWorker = page.GetByTestId("role-map-role").Filter(new() { Has = page.Locator("h2", new() { HasTextString = "Care Worker" }) }).First;
        await Assertions.Expect(careWorker.Locator("a[href^='/standards/ST']").First).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, $"rolemap-2-area-{viewport}", alsoFirstScreen: true);

        await page.GetByLabel("Job title").FillAsync("refuse");
        await page.GetByLabel("Service area").SelectOptionAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show roles" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("role-map-role").First).ToContainTextAsync("Refuse", new() { IgnoreCase = true });
        await Chromium.ScreenshotAsync(page, $"rolemap-3-search-{viewport}", alsoFirstScreen: true);
    }
}
