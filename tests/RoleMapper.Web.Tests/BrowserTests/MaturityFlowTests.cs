using System.Text;
using System.Text.RegularExpressions;

namespace RoleMapper.Web.Tests.BrowserTests;

/// <summary>
/// A council completes a maturity self-assessment one strand a step (ticks, accepts a suggested tick, adds evidence and
/// links, sets targets, goes back and finds its ticks kept), saves it and opens the summary, which prints on one A4 page.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class MaturityFlowTests(HostFixture host) : BrowserTest(host)
{
    private const string Mapped = "workforce-development.mature.skills-mapping";

    private static ILocator Tick(IPage page, string statementId) => page.Locator($"#st-{statementId.Replace('.', '-')}-met");

    private async Task<TestCouncil> CouncilWithRolesAsync(string name)
    {
        var council = await Host.CouncilAsync(name);
        await using var db = Host.CouncilContext(council);
        db.AddRole("Refuse loader", MappingStatus.Confirmed, headcount: 40, standard: "ST0001");
        db.AddRole("Planning officer", MappingStatus.Confirmed, headcount: 6, standard: "ST0002");
        db.AddRole("Gardener", headcount: 12);
        db.AddGap("Not enough HGV drivers", hardToFill: true, successionRisk: true);
        await db.SaveChangesAsync();
        return council;
    }

    [Theory]
    [InlineData("laptop")]
    [InlineData("phone")]
    public async Task CompleteAnAssessment_OpenTheSummary(string viewport)
    {
        var council = await CouncilWithRolesAsync($"Mercia {viewport} {Guid.NewGuid().ToString("N")[..4]} Borough Council");
        var page = await NewPageAsync(viewport);
        await SignInAsync(page, council.AdminEmail);

        await page.Locator("[data-testid=maturity-panel]").GetByRole(AriaRole.Link, new() { Name = "Start your first assessment" }).ClickAsync();
        await page.WaitForURLAsync("**/council/maturity/new");
        string[] targets = ["Maturing", "Developing", "Mature", "Developing", "Developing"];
        var strands = MaturityForms.Model.Strands;
        await Assertions.Expect(page.GetByTestId("progress")).ToHaveTextAsync("Strand 1 of 5: Leadership and Culture");
        foreach (var id in MaturityForms.StageIds("leadership-culture", Core.Maturity.MaturityLevel.Developing))
        {
            await Tick(page, id).CheckAsync();
        }
        var policy = page.Locator("#st-leadership-culture-developing-policy");
        await policy.Locator("summary").ClickAsync();
        await policy.GetByLabel(new Regex("^What shows your council meets this")).FillAsync("Apprenticeship policy drafted; goes to cabinet in May");
        await policy.GetByLabel(new Regex("^Links to evidence")).FillAsync("https://intranet.example/apprenticeship-policy");
        await page.GetByLabel($"Target for next year: {strands[0].Title}").SelectOptionAsync(targets[0]);
        await Chromium.ScreenshotAsync(page, $"maturity-0-step-1-{viewport}", alsoFirstScreen: true);
        await NextAsync(page, 2, strands[1].Title);
        await page.GetByLabel($"Target for next year: {strands[1].Title}").SelectOptionAsync(targets[1]);
        await NextAsync(page, 3, strands[2].Title);

        foreach (var id in MaturityForms.StageIds("workforce-development", Core.Maturity.MaturityLevel.Developing))
        {
            await Tick(page, id).CheckAsync();
        }
        var suggested = page.Locator($"#st-{Mapped.Replace('.', '-')}");
        await Assertions.Expect(suggested.GetByTestId("suggestion")).ToHaveTextAsync("RoleMapper suggests: met");
        await suggested.ScrollIntoViewIfNeededAsync();
        await Chromium.ScreenshotAsync(page, $"maturity-1-suggestion-{viewport}", alsoFirstScreen: true);
        await suggested.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Accept the suggestion") }).ClickAsync();
        await Assertions.Expect(Tick(page, Mapped)).ToBeCheckedAsync();
        // Ticks made on this step before accepting came back with it.
        await Assertions.Expect(Tick(page, "workforce-development.developing.communication")).ToBeCheckedAsync();
        await page.GetByLabel($"Target for next year: {strands[2].Title}").SelectOptionAsync(targets[2]);
        await page.Locator("[data-testid=strand-workforce-development]").ScreenshotAsync(new() { Path = Path.Combine(Chromium.ScreenshotFolder, $"maturity-2-workforce-{viewport}.png") });

        // Back to the first strand: what was ticked and typed there is kept.
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Back") }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("progress")).ToHaveTextAsync("Strand 2 of 5: Procurement");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Back") }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("progress")).ToHaveTextAsync("Strand 1 of 5: Leadership and Culture");
        await Assertions.Expect(Tick(page, "leadership-culture.developing.policy")).ToBeCheckedAsync();
        await Assertions.Expect(policy.GetByLabel(new Regex("^Links to evidence"))).ToHaveValueAsync("https://intranet.example/apprenticeship-policy");
        for (var step = 2; step <= 5; step++)
        {
            await NextAsync(page, step, strands[step - 1].Title);
        }
        await page.GetByLabel($"Target for next year: {strands[4].Title}").SelectOptionAsync(targets[4]);
        await Chromium.ScreenshotAsync(page, $"maturity-2-last-step-{viewport}", alsoFirstScreen: true);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save assessment" }).ClickAsync();

        await page.WaitForURLAsync(new Regex(@"/council/maturity/\d+\?saved=true$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Assessment saved.");
        var stages = page.GetByTestId("stages");
        await Assertions.Expect(stages.Locator("tr", new() { HasText = "Leadership and Culture" }).Locator("td").First).ToHaveTextAsync("Developing");
        await Assertions.Expect(stages.Locator("tr", new() { HasText = "Workforce Development" }).Locator("td").First).ToHaveTextAsync("Developing +");
        await Assertions.Expect(page.Locator("a[href='https://intranet.example/apprenticeship-policy']")).ToHaveAttributeAsync("rel", "noopener noreferrer");
        await Chromium.ScreenshotAsync(page, $"maturity-3-saved-{viewport}", alsoFirstScreen: true);

        await page.GotoAsync("/council");
        await Assertions.Expect(page.GetByTestId("maturity-panel")).ToContainTextAsync("Developing +");
        await page.GetByTestId("maturity-panel").ScreenshotAsync(new() { Path = Path.Combine(Chromium.ScreenshotFolder, $"maturity-4-dashboard-panel-{viewport}.png") });
        await page.GetByTestId("maturity-panel").GetByRole(AriaRole.Link, new() { Name = "Maturity assessments" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("history").Locator("tbody tr")).ToHaveCountAsync(1);
        await Chromium.ScreenshotAsync(page, $"maturity-5-index-{viewport}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Summary to print" }).ClickAsync();
        await page.WaitForURLAsync("**/council/maturity/summary");
        await Assertions.Expect(page.GetByTestId("stage-chart")).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, $"maturity-6-summary-{viewport}");

        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });
        await File.WriteAllBytesAsync(Path.Combine(Chromium.ScreenshotFolder, $"maturity-7-summary-{viewport}.pdf"), pdf);
        Assert.Equal(1, PdfPageCount(pdf));
        // What the print looks like, for a person to check: print styles at A4's width in CSS pixels.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.SetViewportSizeAsync(794, 1123);
        await Chromium.ScreenshotAsync(page, $"maturity-7-summary-print-{viewport}");
    }

    /// <summary>Presses Next and waits for the step after it.</summary>
    private static async Task NextAsync(IPage page, int step, string title)
    {
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Next") }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("progress")).ToHaveTextAsync($"Strand {step} of 5: {title}");
    }

    [Fact]
    public async Task AssessWithoutJavaScript_AcceptASuggestion_AndSave()
    {
        var council = await CouncilWithRolesAsync($"Wessex nojs {Guid.NewGuid().ToString("N")[..4]} Council");
        var page = await NewPageAsync("laptop", javaScript: false);
        await SignInAsync(page, council.AdminEmail);
        await page.GotoAsync("/council/maturity/new?step=2");

        await Tick(page, "procurement.developing.approach").CheckAsync();
        await NextAsync(page, 3, "Workforce Development");
        await page.Locator($"#st-{Mapped.Replace('.', '-')}").GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Accept the suggestion") }).ClickAsync();
        await Assertions.Expect(Tick(page, Mapped)).ToBeCheckedAsync();
        await NextAsync(page, 4, "Planning, Delivery Structures and Processes");
        await NextAsync(page, 5, "Engagement");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save assessment" }).ClickAsync();

        await page.WaitForURLAsync(new Regex(@"/council/maturity/\d+\?saved=true$"));
        await Assertions.Expect(page.Locator(".met-list__evidence").First).ToContainTextAsync("From RoleMapper on ");
    }

    /// <summary>Pages in a PDF: Chromium writes one <c>/Type /Page</c> object per page (and one <c>/Type /Pages</c> tree).</summary>
    private static int PdfPageCount(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
