using System.Text.RegularExpressions;
using RoleMapper.Core.Programme;

namespace RoleMapper.Web.Tests.BrowserTests;

/// <summary>
/// A council with adult social care roles builds a costed plan (figures offered from its programme year, a start from its
/// skills gap, one typed in, a mistake on the way), views and saves the adult care pathway, and finds a standard with no
/// ladder, on a laptop and a phone, on the real snapshot.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PlanAndPathwaysFlowTests(HostFixture host) : BrowserTest(host)
{
    [Theory]
    [InlineData("laptop")]
    [InlineData("phone")]
    public async Task BuildAPlan_ViewAPathway(string viewport)
    {
        var council = await Host.CouncilAsync($"Wessex {viewport} {Guid.NewGuid().ToString("N")[..4]} County Council");
        await SeedAsync(council);
        var page = await NewPageAsync(viewport);
        await SignInAsync(page, council.AdminEmail);

        await page.GetByRole(AriaRole.Link, new() { Name = "Apprenticeship plan" }).ClickAsync();
        await page.WaitForURLAsync("**/council/plan");
        // Nothing saved yet: the levy and headcount come from the council's programme figures for 2025-26.
        await Assertions.Expect(page.GetByTestId("plan-figures-from-programme")).ToContainTextAsync("2025-26");
        await Assertions.Expect(page.GetByLabel("Expected levy each year (£, optional)")).ToHaveValueAsync("150000");
        await Assertions.Expect(page.GetByLabel("Headcount (optional)")).ToHaveValueAsync("2000");
        await page.GetByLabel("First year").FillAsync("2026-27");
        await page.GetByLabel("Unspent funds at the start (£, optional)").FillAsync("20000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save plan figures" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=notice]")).ToHaveTextAsync("Plan figures saved.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the plan" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Choose a standard");
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Enter the number of starts");
        await Chromium.ScreenshotAsync(page, $"plan-1-errors-{viewport}");

        // The standard's name is in the button for screen readers (Chromium reads the hidden part as a block, with a space before it).
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Add 1 start in 2026-27\\W+ST0007 Lead practitioner in adult care") }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=notice]")).ToHaveTextAsync("Starts added to the plan.");
        await page.GetByLabel("Standard", new() { Exact = true }).FillAsync("ST0005");
        await page.GetByLabel("Year", new() { Exact = true }).SelectOptionAsync("2027-28");
        await page.GetByLabel("Starts", new() { Exact = true }).FillAsync("6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the plan" }).ClickAsync();

        var lines = page.Locator("[data-testid=plan-lines] tbody tr");
        await Assertions.Expect(lines).ToHaveCountAsync(2);
        await Assertions.Expect(lines.Nth(0)).ToContainTextAsync("ST0007 Lead practitioner in adult care (level 4)");
        await Assertions.Expect(lines.Nth(0)).ToContainTextAsync("Skills gap: Not enough senior practitioners");
        await Assertions.Expect(lines.Nth(0)).ToContainTextAsync("£7,000");
        // Six adult care workers at the 2.0 band of £4,500.
        await Assertions.Expect(lines.Nth(1)).ToContainTextAsync("£27,000");
        var years = page.Locator("[data-testid=levy-years] tbody tr");
        await Assertions.Expect(years.Nth(0)).ToContainTextAsync("£170,000");
        await Assertions.Expect(years.Nth(1)).ToContainTextAsync("0.30% (target 46 starts)");
        await Chromium.ScreenshotAsync(page, $"plan-2-plan-{viewport}", alsoFirstScreen: true);

        await page.GotoAsync("/council");
        await page.GetByRole(AriaRole.Link, new() { Name = "Career pathways" }).ClickAsync();
        await page.GetByLabel("For a service area").SelectOptionAsync("Adult Social Care");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show pathways" }).First.ClickAsync();
        var ladder = page.Locator("[data-testid=ladder]").First;
        await Assertions.Expect(ladder.Locator("[data-testid=rung]")).ToHaveTextAsync(
            [new Regex(@"Level 2\s+ST0005 Adult care worker"), new Regex(@"Level 3\s+ST0006 Lead adult care worker"),
             new Regex(@"Level 4\s+ST0007 Lead practitioner in adult care"), new Regex(@"Level 5\s+ST0008 Leader in adult care")]);
        await Assertions.Expect(ladder.Locator("[data-testid=rung]").First).ToContainTextAsync("Your roles: Care Worker");
        // Every ladder shown has two or more rungs; the area's standards without a ladder are one compact list after them.
        var rungsPerLadder = await page.Locator("[data-testid=ladder]").EvaluateAllAsync<int[]>(
            "ladders => ladders.map(l => l.querySelectorAll('[data-testid=rung]').length)");
        Assert.All(rungsPerLadder, count => Assert.True(count >= 2, $"a ladder of {count} rung(s)"));
        var others = page.Locator("[data-testid=other-standards]");
        await Assertions.Expect(others.Locator("h3")).ToHaveTextAsync("Other standards for this service area");
        await Assertions.Expect(others.Locator("[data-testid=other-standard]").First).ToContainTextAsync(new Regex(@"^\s*ST\d{4} .+ \(level \d\)"));
        var onLadders = await page.Locator("[data-testid=ladder] [data-testid=rung] a").AllTextContentsAsync();
        var listed = await others.Locator("[data-testid=other-standard] a").AllTextContentsAsync();
        Assert.True(listed.Count > 1, $"other standards: {string.Join(", ", listed)}");
        Assert.Empty(listed.Select(l => l[..6]).Intersect(onLadders.Select(l => l.Trim()[..6])));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save this pathway as evidence" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=notice]")).ToHaveTextAsync("Pathway for Adult Social Care saved as evidence.");
        await Assertions.Expect(page.Locator("[data-testid=saved-pathways]")).ToContainTextAsync("ST0005 Adult care worker (L2) → ST0006");
        // The saved summary holds the ladders only: one line per ladder, none of the listed standards.
        var summary = await page.Locator("[data-testid=saved-pathways] .pre-line").First.TextContentAsync();
        Assert.Equal(rungsPerLadder.Length, summary!.Trim().Split('\n').Length);
        Assert.All(listed, l => Assert.DoesNotContain(l[..6], summary));
        await Chromium.ScreenshotAsync(page, $"plan-3-pathway-{viewport}", alsoFirstScreen: true);

        // Social work's degree standard has no other level in its field: said so, listed, and nothing to save.
        await page.GetByLabel("For a standard you confirmed").SelectOptionAsync("ST0510");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show pathways" }).Nth(1).ClickAsync();
        await Assertions.Expect(page.GetByTestId("no-ladder")).ToHaveTextAsync("No career ladder for this standard yet: its occupational field has no other level.");
        await Assertions.Expect(page.Locator("[data-testid=other-standard]")).ToContainTextAsync("ST0510");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save this pathway as evidence" })).ToHaveCountAsync(0);
        await Chromium.ScreenshotAsync(page, $"plan-4-no-ladder-{viewport}");
    }

    private async Task SeedAsync(TestCouncil council)
    {
        await using var db = Host.CouncilContext(council);
        db.JobRoles.AddRange(
            Seed.Role("Care Worker", "Adult Social Care", 120).ConfirmedAs("ST0005"),
            Seed.Role("Senior Care Worker", "Adult Social Care", 30).ConfirmedAs("ST0006"),
            Seed.Role("Payroll Officer", "Finance", 3),
            Seed.Role("Social Worker", "Children's Services", 25).ConfirmedAs("ST0510"));
        db.ProgrammeYears.Add(new ProgrammeYear { Year = 2025, Headcount = 2000, LevyPaid = 150_000m, UpdatedUtc = Host.UtcNow });
        var gap = Seed.Gap("Not enough senior practitioners", serviceArea: "Adult Social Care");
        gap.LinkedStandards = ["ST0007"];
        db.SkillsGaps.Add(gap);
        await db.SaveChangesAsync();
    }
}
