namespace RoleMapper.Web.Tests.BrowserTests;

/// <summary>
/// The maturity summary's chart as Chromium draws it: every strand title and every line of words stays inside the
/// chart, at a laptop's 1280 px and on a phone. Measured with the drawn text's own box, so a font with wider letters
/// than the line lengths allow for fails here.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class MaturityChartTests(HostFixture host) : BrowserTest(host)
{
    [Theory]
    [InlineData("laptop")]
    [InlineData("phone")]
    public async Task SummaryChart_KeepsEveryLabelInside(string viewport)
    {
        var council = await Host.AssessedCouncilAsync(Core.Accounts.OrganisationType.District, Core.Accounts.EnglishRegion.SouthWest,
            MaturityForms.StageIds("workforce-development", MaturityLevel.Developing));
        var page = await NewPageAsync(viewport);
        await SignInAsync(page, council.AdminEmail);

        await page.GotoAsync("/council/maturity/summary");
        await Assertions.Expect(page.GetByTestId("stage-chart")).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, $"maturity-summary-chart-{viewport}");

        // The widest right edge of any text, in the chart's own units, against the width of its viewBox.
        var measured = await page.GetByTestId("stage-chart").EvaluateAsync<double[]>(
            "svg => [Math.max(...[...svg.querySelectorAll('text')].map(t => { const b = t.getBBox(); return b.x + b.width; })), svg.viewBox.baseVal.width]");
        var (right, width) = (measured[0], measured[1]);
        Assert.True(right <= width, $"A label ends at {right:0.#}, past the chart's width of {width}.");
        var labels = await page.Locator("[data-testid=stage-chart] .chart__label").AllTextContentsAsync();
        Assert.Contains(labels, l => l.Contains("Planning, Delivery", StringComparison.Ordinal));
    }
}
