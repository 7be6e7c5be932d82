namespace RoleMapper.Web.Tests.BrowserTests;

/// <summary>
/// A council with mapped roles records a skills gap (searching for a standard on the way) and downloads the Excel map,
/// on a laptop and a phone. Roles come straight from the database: the roles pages are tested on their own.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class GapsAndExportFlowTests(HostFixture host) : BrowserTest(host)
{
    [Theory]
    [InlineData("laptop")]
    [InlineData("phone")]
    public async Task RecordAGap_DownloadTheMap(string viewport)
    {
        var council = await Host.CouncilAsync($"Wessex {viewport} {Guid.NewGuid().ToString("N")[..4]} District Council");
        await SeedAsync(council);
        var page = await NewPageAsync(viewport);
        await SignInAsync(page, council.AdminEmail);
        await Chromium.ScreenshotAsync(page, $"gaps-1-dashboard-{viewport}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Record a skills gap" }).ClickAsync();
        // Each answer's follow-up question shows only once that answer is chosen.
        await Assertions.Expect(page.GetByLabel("Job role", new() { Exact = true })).ToBeHiddenAsync();
        await page.GetByLabel("One job role").CheckAsync();
        await Assertions.Expect(page.GetByLabel("Job role", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Service area", new() { Exact = true })).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save skills gap" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        await Chromium.ScreenshotAsync(page, $"gaps-2-errors-{viewport}");
        await Assertions.Expect(page.GetByLabel("One job role")).ToBeCheckedAsync();
        await page.GetByLabel("Job role", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Systems developer" });
        await page.GetByLabel("Describe the skills gap").FillAsync("Cloud platform skills: two of three developers leave within a year.");
        await page.GetByLabel("High", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Posts affected (optional)").FillAsync("3");
        await page.GetByLabel("Hard to fill").CheckAsync();
        await page.GetByLabel("Search for a standard").FillAsync("software developer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search standards" }).ClickAsync();
        await Assertions.Expect(page.Locator("#linked-ST0116")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Describe the skills gap")).ToHaveValueAsync("Cloud platform skills: two of three developers leave within a year.");
        await page.Locator("#linked-ST0116").CheckAsync();
        await Chromium.ScreenshotAsync(page, $"gaps-3-form-{viewport}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save skills gap" }).ClickAsync();

        await page.WaitForURLAsync("**/council/gaps");
        await Assertions.Expect(page.Locator("[data-testid=notice]")).ToHaveTextAsync("Skills gap recorded.");
        await Chromium.ScreenshotAsync(page, $"gaps-4-list-{viewport}");

        await page.GotoAsync("/council");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Download the Excel map" }).ClickAsync());
        Assert.Matches($@"^RoleMapper - {council.Name} - \d{{4}}-\d{{2}}\.xlsx$", download.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".xlsx");
        await download.SaveAsAsync(path);
        try
        {
            using var map = ExportedMap.Open(await File.ReadAllBytesAsync(path));
            Assert.Equal(["Cloud platform skills: two of three developers leave within a year.", "Succession planning for senior planners"],
                map.Column("Skills gaps", "Skills gap"));
            Assert.StartsWith("ST0116 Software developer (level ", map.Column("Skills gaps", "Linked standards")[0], StringComparison.Ordinal);
            Assert.Contains("Systems developer", map.Column("Role map", "Role"));
        }
        finally
        {
            File.Delete(path);
        }

        await page.GotoAsync("/council/exports");
        await Assertions.Expect(page.Locator("[data-testid=exports] tbody tr")).ToHaveCountAsync(1);
        await Chromium.ScreenshotAsync(page, $"gaps-5-exports-{viewport}");
    }

    private async Task SeedAsync(TestCouncil council)
    {
        await using var db = Host.CouncilContext(council);
        db.JobRoles.AddRange(
            Seed.Role("Systems developer", "ICT", 6).ConfirmedAs("ST0116", "ST0002"),
            Seed.Role("Refuse loader", "Waste", 40),
            Seed.Role("Senior planning officer", "Planning", 4));
        var planners = Seed.Gap("Succession planning for senior planners", serviceArea: "Planning", priority: GapPriority.Medium, status: GapStatus.PlanInPlace);
        planners.SuccessionRisk = true;
        planners.TargetDate = new DateOnly(Host.Today.Year + 1, 3, 31);
        db.SkillsGaps.Add(planners);
        await db.SaveChangesAsync();
    }
}
