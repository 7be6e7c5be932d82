using Microsoft.Playwright;
using RoleMapper.Core.Accounts;
using RoleMapper.Core.Maturity;
using RoleMapper.Core.Workspace;
using RoleMapper.TestSupport;
using RoleMapper.Web.Tests.Support;

namespace RoleMapper.Web.Tests.BrowserTests;

/// <summary>The LGA's sector lead reads the sector overview, the maturity averages and the workforce picture.</summary>
public sealed class SectorFlowTests(HostFixture host) : BrowserTest(host)
{
    [Theory]
    [InlineData("laptop")]
    [InlineData("phone")]
    public async Task SectorLead_ReadsTheAverages(string viewport)
    {
        // Five unitary councils in the East of England (a type and region no other test assesses in), with gaps and mappings.
        string[] specs = ["developing", "developing maturing", "", "developing", "developing maturing mature"];
        foreach (var (spec, i) in specs.Select((s, i) => (s, i)))
        {
            var met = spec.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(stage => MaturityForms.Model.Strands.Take(i + 1).SelectMany(s => MaturityForms.StageIds(s.Id, Enum.Parse<MaturityLevel>(stage, true))));
            var council = await Host.AssessedCouncilAsync(OrganisationType.Unitary, EnglishRegion.EastOfEngland, met.ToList());
            await using var db = Host.CouncilContext(council);
            db.AddGap("Not enough HGV drivers", hardToFill: true, serviceArea: "Waste and recycling");
            db.AddGap("Ageing workforce of planners", successionRisk: true, serviceArea: "Planning");
            db.AddRole("Social worker", MappingStatus.Confirmed, headcount: 20, standard: "ST0510");
            await db.SaveChangesAsync();
        }
        await Host.EnsureSectorUserAsync();
        var page = await NewPageAsync(viewport);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(HostFixture.SectorEmail);
        await page.GetByLabel("Password").FillAsync(HostFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // A sector lead belongs to no council, so signing in lands on the overview.
        await page.WaitForURLAsync("**/sector");

        await Assertions.Expect(page.GetByTestId("national-averages")).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, $"sector-1-overview-{viewport}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Maturity by council type and region" }).ClickAsync();
        var unitary = page.Locator("table", new() { HasText = "By council type" }).Locator("tr", new() { HasText = "Unitary authority" });
        // Five councils a run of this test; the laptop and phone runs each add theirs.
        await Assertions.Expect(unitary.Locator("td").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+$"));
        await Chromium.ScreenshotAsync(page, $"sector-2-maturity-{viewport}");
        await page.GotoAsync("/sector/workforce");
        await Assertions.Expect(page.GetByTestId("gaps-by-area").Locator("tr", new() { HasText = "Waste and recycling" })).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, $"sector-3-workforce-{viewport}");
    }
}
