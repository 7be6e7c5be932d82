namespace RoleMapper.Web.Tests.BrowserTests;

/// <summary>
/// The LGA's sector lead reads the sector overview, the maturity averages and the workforce picture, on a host of the
/// test's own, so the councils counted are the test's.
/// </summary>
public sealed class SectorFlowTests() : BrowserTest(new OwnHost())
{
    [Theory]
    [InlineData("laptop")]
    [InlineData("phone")]
    public async Task SectorLead_ReadsTheAverages(string viewport)
    {
        // Five unitary councils in the East of England, with gaps and mappings. Three aim for Developing and two for
        // Maturing in every strand: an average target of 1.4.
        string[] specs = ["developing", "developing maturing", "", "developing", "developing maturing mature"];
        foreach (var (spec, i) in specs.Select((s, i) => (s, i)))
        {
            var met = spec.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(stage => MaturityForms.Model.Strands.Take(i + 1).SelectMany(s => MaturityForms.StageIds(s.Id, Enum.Parse<MaturityLevel>(stage, true))));
            var targets = MaturityForms.Model.Strands.ToDictionary(s => s.Id, _ => i % 2 == 0 ? MaturityLevel.Developing : MaturityLevel.Maturing);
            var council = await Host.AssessedCouncilAsync(OrganisationType.Unitary, EnglishRegion.EastOfEngland, met.ToList(), targets: targets);
            await using var db = Host.CouncilContext(council);
            db.AddGap("Not enough HGV drivers", hardToFill: true, serviceArea: "Waste and recycling");
            db.AddGap("Ageing workforce of planners", successionRisk: true, serviceArea: "Planning");
            db.AddRole("Social worker", MappingStatus.Confirmed, headcount: 20, standard: "ST0510");
            await db.SaveChangesAsync();
        }
        await Host.EnsureSectorUserAsync();
        var page = await NewPageAsync(viewport);
        // A sector lead belongs to no council, so signing in lands on the overview.
        await SignInAsync(page, HostFixture.SectorEmail, landing: "**/sector");

        await Assertions.Expect(page.GetByTestId("national-averages")).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, $"sector-1-overview-{viewport}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Maturity by council type and region" }).ClickAsync();
        var unitary = page.Locator("table", new() { HasText = "By council type" }).Locator("tr", new() { HasText = "Unitary authority" });
        await Assertions.Expect(unitary.Locator("td").First).ToHaveTextAsync("5");
        await Assertions.Expect(unitary.Locator("td").Nth(1)).ToContainTextAsync("target: 1.4 (Developing)");
        await Chromium.ScreenshotAsync(page, $"sector-2-maturity-{viewport}");
        await page.GotoAsync("/sector/workforce");
        await Assertions.Expect(page.GetByTestId("gaps-by-area").Locator("tr", new() { HasText = "Waste and recycling" })).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, $"sector-3-workforce-{viewport}");
    }

    [Theory]
    [InlineData("laptop")]
    [InlineData("phone")]
    public async Task SectorLead_ReviewsAFlaggedRoleOfTheMap_AndEditsIt(string viewport)
    {
        // As the import of the newer feed leaves it (FlagRoleMapForReviewTests): this host starts on the newer feed only.
        await using (var db = Host.NewContext())
        {
            var developer = await db.RoleMapEntries.SingleAsync(e => e.Id == "software-developer");
            (developer.NeedsReview, developer.ReviewReason, developer.ReviewFlaggedUtc) = (true, "ST0116 moved from version 1.1 to 1.2 on 22/08/2026", Host.UtcNow);
            await db.SaveChangesAsync();
        }
        await Host.EnsureSectorUserAsync();
        var page = await NewPageAsync(viewport);
        await SignInAsync(page, HostFixture.SectorEmail, landing: "**/sector");

        await page.GetByRole(AriaRole.Link, new() { Name = "Review the sector role map (1 to review)" }).ClickAsync();
        var flagged = page.GetByTestId("flagged-role");
        await Assertions.Expect(flagged).ToHaveCountAsync(1);
        await Assertions.Expect(flagged).ToContainTextAsync("ST0116 moved from version 1.1 to 1.2 on 22/08/2026");
        await Chromium.ScreenshotAsync(page, $"sector-rolemap-1-review-list-{viewport}");
        await flagged.GetByRole(AriaRole.Link, new() { Name = "Software Developer" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("review-reason")).ToContainTextAsync("ST0116 moved from version 1.1 to 1.2");
        var aliases = page.GetByLabel("Other ways councils write it");
        await aliases.FillAsync(await aliases.InputValueAsync() + "\nDigital Developer");
        await Chromium.ScreenshotAsync(page, $"sector-rolemap-2-edit-{viewport}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("notice")).ToHaveTextAsync("Saved. The change is in the log below.");
        await Assertions.Expect(page.GetByTestId("review-reason")).ToHaveCountAsync(0);
        var change = page.GetByTestId("change").First;
        await Assertions.Expect(change).ToContainTextAsync(HostFixture.SectorEmail);
        await Assertions.Expect(change).ToContainTextAsync("Aliases: added Digital Developer; review flag cleared");
        await Chromium.ScreenshotAsync(page, $"sector-rolemap-3-saved-{viewport}");
    }
}
