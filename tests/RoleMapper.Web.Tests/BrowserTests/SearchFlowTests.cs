namespace RoleMapper.Web.Tests.BrowserTests;

/// <summary>
/// Public browsing, on a laptop and a phone: a person searches for a job title from the home page and opens a suggested
/// standard, or browses the sector role map.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class SearchFlowTests(HostFixture host) : BrowserTest(host)
{
    [Theory]
    [InlineData("laptop")]
    [InlineData("phone")]
    public async Task SearchATitle_OpenAResult(string viewport)
    {
        var page = await NewPageAsync(viewport);
        await page.GotoAsync("/");
        await Chromium.ScreenshotAsync(page, $"search-1-home-{viewport}");

        await page.GetByLabel("Job title").FillAsync("Software developer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find standards" }).ClickAsync();
        await page.WaitForURLAsync("**/search?title=Software+developer");
        var result = page.Locator(".result").Filter(new() { Has = page.Locator("a[href='/standards/ST0116']") });
        await Assertions.Expect(result).ToHaveCountAsync(1);
        await Assertions.Expect(result.Locator(".tag")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("confidence$"));
        await Chromium.ScreenshotAsync(page, $"search-2-results-{viewport}", alsoFirstScreen: true);

        await result.Locator("a[href='/standards/ST0116']").ClickAsync();
        await page.WaitForURLAsync("**/standards/ST0116");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Software developer");
        await Assertions.Expect(page.Locator(".ksb__code").First).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, $"search-3-standard-{viewport}", alsoFirstScreen: true);
    }

    [Fact]
    public async Task SearchWithoutJavaScript_StillWorks()
    {
        var page = await NewPageAsync("laptop", javaScript: false);
        await page.GotoAsync("/search");

        await page.GetByLabel("Job title").FillAsync("Gardener");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find standards" }).ClickAsync();

        await Assertions.Expect(page.Locator(".result").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task LongTitle_ShowsWholeInTheSearchBox()
    {
        const string title = "Senior Planning Officer (Development Management) - Grade 9";
        var page = await NewPageAsync("laptop");

        await page.GotoAsync("/search?title=" + Uri.EscapeDataString(title));

        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Job title" });
        await Assertions.Expect(box).ToHaveValueAsync(title);
        await Chromium.ScreenshotAsync(page, "search-long-title-laptop");
        // Text wider than the box scrolls inside it, so part of the title is hidden.
        Assert.True(await box.EvaluateAsync<bool>("input => input.scrollWidth <= input.clientWidth"), "The title is cut in the search box.");
    }

    /// <summary>Anyone opens the sector role map from the menu, picks a service area, then searches a title.</summary>
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
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download the map (Excel)" }).ClickAsync());
        Assert.Matches(@"^Sector role map - \d{4}-\d{2}\.xlsx$", download.SuggestedFilename);

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
