using RoleMapper.Core.Mot;
using RoleMapper.Core.Programme;
using UglyToad.PdfPig;

namespace RoleMapper.Web.Tests.BrowserTests;

/// <summary>
/// The MOT from end to end, on a laptop and a phone: a council enters a year's programme figures, the LGA's adviser
/// (the sector role) completes and publishes an MOT of it, and the council opens its report and prints it to A4: one
/// or two pages, with its name. On a host of the test's own, so the five other councils make the averages shown.
/// </summary>
public sealed class ProgrammeAndMotFlowTests() : BrowserTest(new OwnHost())
{
    private const string CouncilName = "Northmoor District Council";

    [Theory]
    [InlineData("laptop-1366")]
    [InlineData("phone")]
    public async Task CouncilEntersFigures_AdviserPublishesAnMot_CouncilPrintsItToA4(string viewport)
    {
        await SeedOtherCouncilsAsync();
        var council = await Host.CouncilAsync(CouncilName, OrganisationType.District, EnglishRegion.SouthWest);
        await using (var db = Host.CouncilContext(council))
        {
            db.AddAssessment(new DateOnly(2026, 3, 1), [.. MaturityForms.StageIds("planning-delivery", MaturityLevel.Developing),
                .. MaturityForms.StageIds("workforce-development", MaturityLevel.Developing)]);
            await db.SaveChangesAsync();
        }

        var councilPage = await NewPageAsync(viewport);
        await SignInAsync(councilPage, council.AdminEmail);
        await councilPage.GetByRole(AriaRole.Link, new() { Name = "Apprenticeship programme: starts and levy" }).ClickAsync();
        await councilPage.GetByRole(AriaRole.Link, new() { Name = "Add a year" }).ClickAsync();
        foreach (var (label, value) in Figures)
        {
            await councilPage.GetByLabel(label, new() { Exact = true }).FillAsync(value);
        }
        await Chromium.ScreenshotAsync(councilPage, $"mot-1-figures-form-{viewport}");
        await councilPage.GetByRole(AriaRole.Button, new() { Name = "Save year" }).ClickAsync();
        var year = councilPage.GetByTestId("programme-years").Locator("tbody tr");
        await Assertions.Expect(year).ToHaveCountAsync(1);
        // 60 starts of 2,400 staff is 2.5%, above the 2.3% target; £270,000 of £360,000 is 75%.
        await Assertions.Expect(year).ToContainTextAsync("2025-26");
        await Assertions.Expect(year).ToContainTextAsync("Target met");
        await Assertions.Expect(year).ToContainTextAsync("75.0%");
        await Chromium.ScreenshotAsync(councilPage, $"mot-2-programme-{viewport}");

        await Host.EnsureSectorUserAsync();
        var adviser = await NewPageAsync(viewport);
        await SignInAsync(adviser, HostFixture.SectorEmail, landing: "**/sector");
        await adviser.GotoAsync($"/sector/councils/{council.Id}");
        await adviser.GetByRole(AriaRole.Link, new() { Name = "Apprenticeship MOT of this council" }).ClickAsync();
        await adviser.GetByRole(AriaRole.Button, new() { Name = "Start a new MOT" }).ClickAsync();
        await Assertions.Expect(adviser.GetByLabel("Financial year compared")).ToHaveValueAsync("2025-26");
        await adviser.GetByLabel("Date of the review").FillAsync("2026-09-15");
        foreach (var strand in MaturityForms.Model.Strands)
        {
            var fieldset = adviser.GetByTestId($"strand-{strand.Id}");
            await fieldset.GetByLabel("LGA assessment").SelectOptionAsync(strand.Id == "planning-delivery" ? "Maturing" : "Developing");
            await fieldset.GetByLabel("Comment").FillAsync($"Evidence seen for {strand.Title.ToLowerInvariant()}; the next stage needs a written plan agreed by the board.");
        }
        await adviser.GetByLabel("Improvement priorities").FillAsync(
            "1. Cost a three-year plan against the levy, so no funds expire.\n2. Build pathways for adult social care and waste.\n3. Bring more maintained schools onto the levy.");
        await adviser.GetByLabel("Where LGA support can help").FillAsync("Levy transfer workshop in the spring; a peer council for pathways.");
        await adviser.GetByRole(AriaRole.Button, new() { Name = "Save and publish" }).ClickAsync();
        var published = adviser.GetByTestId("mot-report");
        await Assertions.Expect(published).ToContainTextAsync("published");
        await Assertions.Expect(adviser.GetByTestId("mot-form")).ToHaveCountAsync(0);
        await Chromium.ScreenshotAsync(adviser, $"mot-3-published-{viewport}");

        await councilPage.GotoAsync("/council");
        await councilPage.GetByRole(AriaRole.Link, new() { Name = "Apprenticeship MOT", Exact = true }).ClickAsync();
        var report = councilPage.GetByTestId("mot-report");
        // The title names the file a browser prints to.
        await Assertions.Expect(councilPage).ToHaveTitleAsync($"Apprenticeship MOT: {CouncilName} - RoleMapper");
        await Assertions.Expect(report).ToContainTextAsync(CouncilName);
        await Assertions.Expect(councilPage.GetByTestId("mot-priorities")).ToContainTextAsync("Cost a three-year plan");
        await Assertions.Expect(report.GetByTestId("stage-chart")).ToBeVisibleAsync();
        // The other five councils and this one make six in the South West's districts: the averages are shown.
        await Assertions.Expect(report.GetByTestId("mot-comparisons").Locator("tbody tr").First).Not.ToContainTextAsync("hidden");
        await Chromium.ScreenshotAsync(councilPage, $"mot-4-report-{viewport}", alsoFirstScreen: true);

        var pdfPath = Path.Combine(Chromium.ScreenshotFolder, $"mot-5-report-{viewport}.pdf");
        var pdf = await councilPage.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, Path = pdfPath });
        using var document = PdfDocument.Open(pdf);
        Assert.InRange(document.NumberOfPages, 1, 2);
        var text = string.Join('\n', document.GetPages().Select(p => p.Text));
        Assert.Contains(CouncilName.Replace(" ", "", StringComparison.Ordinal), text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Cost a three-year plan", text.Replace("\n", " ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    /// <summary>
    /// The longest report the form allows still prints on two A4 pages: every comment, the priorities and the support at
    /// their character limits, the priorities and the support at their line limit, and an earlier MOT beside it (one
    /// more column). Ordinary English words, so the width of a line is what an adviser's prose gives.
    /// </summary>
    [Fact]
    public async Task LongestMotTheFormAllows_PrintsOnTwoA4Pages()
    {
        await SeedOtherCouncilsAsync();
        var council = await Host.CouncilAsync(CouncilName, OrganisationType.District, EnglishRegion.SouthWest);
        await using (var db = Host.CouncilContext(council))
        {
            db.AddAssessment(new DateOnly(2026, 3, 1), [.. MaturityForms.StageIds("planning-delivery", MaturityLevel.Developing)]);
            db.ProgrammeYears.Add(new ProgrammeYear
            {
                Year = 2025, Headcount = 2400, StartsNewRecruits = 24, StartsExistingStaff = 36, LevyPaid = 360_000, LevySpent = 270_000, UpdatedUtc = Host.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        await PublishLongestMotAsync(council.Id, new DateOnly(2025, 9, 1));
        await PublishLongestMotAsync(council.Id, new DateOnly(2026, 9, 1));

        var page = await NewPageAsync("laptop-1366");
        await SignInAsync(page, council.AdminEmail);
        await page.GotoAsync("/council/mot");
        await Assertions.Expect(page.GetByTestId("mot-strands").Locator("thead")).ToContainTextAsync("LGA at last MOT");
        var pdf = await page.PdfAsync(new PagePdfOptions
        {
            Format = "A4", PrintBackground = true, Path = Path.Combine(Chromium.ScreenshotFolder, "mot-6-longest-report.pdf"),
        });
        using var document = PdfDocument.Open(pdf);
        Assert.InRange(document.NumberOfPages, 1, 2);
        // The last words typed are printed: nothing was cut to make it fit.
        var text = string.Join(' ', document.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
        Assert.Contains(LongText(MotReview.MaxTextLength, MotReview.MaxTextLines, "support")[^40..].Replace(" ", "", StringComparison.Ordinal), text, StringComparison.Ordinal);
    }

    private async Task PublishLongestMotAsync(int councilId, DateOnly reviewedOn)
    {
        using var scope = Host.Services.CreateScope();
        var mots = scope.ServiceProvider.GetRequiredService<MotReviews>();
        var id = (await mots.StartAsync(councilId, "LGA adviser"))!.Value;
        var strands = MaturityForms.Model.Strands.ToDictionary(s => s.Id,
            s => ((MaturityLevel?)MaturityLevel.Maturing, (string?)LongText(MotReview.MaxCommentLength, 1, s.Id)));
        var problems = await mots.SaveAsync(id, new MotInput(reviewedOn, 2025, strands,
            LongText(MotReview.MaxTextLength, MotReview.MaxTextLines, "priorities"), LongText(MotReview.MaxTextLength, MotReview.MaxTextLines, "support")));
        Assert.Empty(problems);
        Assert.True(await mots.PublishAsync(id, "LGA adviser"));
    }

    /// <summary>Prose of exactly <paramref name="length"/> characters in <paramref name="lines"/> lines, ending in its own words.</summary>
    private static string LongText(int length, int lines, string subject)
    {
        const string Prose = "The council has a workforce plan agreed by its board, and managers now use apprenticeships to fill hard to recruit posts in care and planning. ";
        var ending = $" End of {subject}.";
        var perLine = (length - ending.Length - (lines - 1)) / lines;
        var body = Enumerable.Range(0, lines).Select(i => string.Concat(Enumerable.Repeat(Prose, perLine / Prose.Length + 1))[..perLine].TrimEnd() + ".");
        var text = string.Join('\n', body);
        return (text + new string('.', length)).Remove(length - ending.Length) + ending;
    }

    private static readonly (string Label, string Value)[] Figures =
    [
        ("Year", "2025-26"), ("Headcount", "2,400"), ("Starts new recruits", "24"), ("Starts existing staff", "36"),
        ("Levy paid (£)", "£360,000"), ("Levy spent (£)", "270000"), ("Levy transferred out (£)", "18,000"), ("Levy expired (£)", "0"),
        ("Schools on levy", "31"), ("School starts", "5"), ("Schools levy spent (£)", "22,500.50"),
    ];

    /// <summary>Five districts of the South West, assessed and with figures for 2025-26, so averages can be shown.</summary>
    private async Task SeedOtherCouncilsAsync()
    {
        for (var i = 0; i < 5; i++)
        {
            var other = await Host.AssessedCouncilAsync(OrganisationType.District, EnglishRegion.SouthWest,
                MaturityForms.StageIds("planning-delivery", MaturityLevel.Developing));
            await using var db = Host.CouncilContext(other);
            db.ProgrammeYears.Add(new ProgrammeYear
            {
                Year = 2025, Headcount = 1000 + 200 * i, StartsNewRecruits = 10 + i, StartsExistingStaff = 8, LevyPaid = 150_000,
                LevySpent = 90_000 + 10_000 * i, SchoolsOnLevy = 20, SchoolStarts = 2 + i, SchoolsLevySpent = 10_000, UpdatedUtc = Host.UtcNow,
            });
            await db.SaveChangesAsync();
        }
    }
}
