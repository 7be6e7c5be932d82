namespace RoleMapper.Web.Tests.PageTests.Council.Roles;

/// <summary>
/// A council maps its roles on the 29 May 2025 feed, then the 22 Aug 2026 feed is imported into the running app:
/// ST0116 moved from 1.1 to 1.2, ST0108 was retired, ST0070 did not change. The pages must say which mappings need
/// review and why, and confirming again must clear the flag.
/// </summary>
[Collection(OlderFeedCollection.Name)]
public sealed class ReviewAfterFeedImportTests(OlderFeedHostFixture host)
{
    [Fact]
    public async Task NewerFeed_FlagsTheMappingsWhoseStandardMovedOn_OnTheDashboardListAndRolePage()
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);
        var preview = await admin.UploadAndFollowAsync(Workspace.Csv(
            "Job title,Service area,Headcount\nSoftware Developer,ICT,4\nDental Technician,Health,2\nBusiness Administrator,Corporate,10\n"), "roles.csv");
        await admin.SubmitAndFollowAsync(preview, "main form");
        var ids = await RoleIdsAsync(council);
        foreach (var (title, reference) in new[] { ("Software Developer", "ST0116"), ("Dental Technician", "ST0108"), ("Business Administrator", "ST0070") })
        {
            var rolePage = await admin.GetPageAsync($"/council/roles/{ids[title]}");
            var confirmed = await admin.PressAsync(rolePage, $"/council/roles/{ids[title]}?handler=Confirm", ("Reference", reference));
            Assert.Equal($"{reference} is confirmed as the role's standard.", confirmed.One("[data-testid=done]")!.TextContent.Trim());
        }
        Assert.Equal("No role needs review.", (await admin.GetPageAsync("/council")).One("[data-testid=needs-review]")!.TextContent.Trim());

        await host.ImportAsync(RepoPaths.SmallNewFeed);

        var dashboard = await admin.GetPageAsync("/council");
        var list = await admin.GetPageAsync("/council/roles?show=review");
        var developer = await admin.GetPageAsync($"/council/roles/{ids["Software Developer"]}");
        var dental = await admin.GetPageAsync($"/council/roles/{ids["Dental Technician"]}");
        Assert.StartsWith("2 roles need review", dashboard.One("[data-testid=needs-review]")!.TextContent.Trim(), StringComparison.Ordinal);
        // Still confirmed, so coverage does not drop until a person decides.
        Assert.Contains("100% of roles have a confirmed standard", dashboard.All("[data-testid=role-figures] li"));
        Assert.Equal(["Dental Technician", "Software Developer"], list.All("tbody td[data-label='Job title'] a").Order());
        Assert.Contains("ST0116 moved from version 1.1 to 1.2 on 22/08/2026.", developer.One("[data-testid=review]")!.TextContent);
        Assert.Equal("Version 1.2, approved for delivery", developer.One("[data-testid=current-version]")!.TextContent);
        Assert.Contains("ST0108 is no longer approved (retired).", dental.One("[data-testid=review]")!.TextContent);
        Assert.StartsWith("No approved version", dental.One("[data-testid=current-version]")!.TextContent, StringComparison.Ordinal);

        await admin.PressAsync(developer, $"/council/roles/{ids["Software Developer"]}?handler=Confirm", ("Reference", "ST0116"));

        Assert.StartsWith("1 role needs review", (await admin.GetPageAsync("/council")).One("[data-testid=needs-review]")!.TextContent.Trim(), StringComparison.Ordinal);
        var saved = await host.RoleAsync(council, ids["Software Developer"]);
        Assert.Equal((false, "1.2"), (saved.NeedsReview, saved.Standards.Single(s => s.Kind == RoleStandardKind.Primary).VersionWhenDecided));
    }

    private async Task<Dictionary<string, int>> RoleIdsAsync(TestCouncil council)
    {
        await using var db = host.CouncilContext(council);
        return await db.JobRoles.ToDictionaryAsync(r => r.Title, r => r.Id);
    }
}
