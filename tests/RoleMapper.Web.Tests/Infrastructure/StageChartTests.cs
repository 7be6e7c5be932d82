using System.Globalization;
using System.Xml.Linq;
using RoleMapper.Web.Infrastructure;

namespace RoleMapper.Web.Tests.Infrastructure;

/// <summary>The server-drawn chart's geometry and text, without a host: the SVG is XML, so it is read as XML.</summary>
public sealed class StageChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Figure(string? comparisonLegend, params StageChartRow[] rows) =>
        XElement.Parse(new StageChart("c", "A <chart> & more", rows, "Stage now", "Target", comparisonLegend).Render().ToString()!);

    private static XElement Render(params StageChartRow[] rows) => Figure("National average", rows).Element(Svg + "svg")!;

    private static double Attr(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    private static IEnumerable<XElement> OfClass(XElement svg, string css) =>
        svg.Descendants().Where(e => e.Attribute("class")?.Value.Split(' ').Contains(css) == true);

    [Fact]
    public void Bands_AreTheFourStagesSideBySide_InOrder()
    {
        var svg = Render(new StageChartRow("Procurement", 0, null, null, "Early"));

        var bands = OfClass(svg, "chart__band").ToList();
        var names = OfClass(svg, "chart__stage").Select(t => t.Value);

        Assert.Equal(["Early", "Developing", "Maturing", "Mature"], names);
        Assert.Equal(4, bands.Count);
        var width = Attr(bands[0], "width");
        Assert.All(bands.Select((b, i) => (b, i)), x => Assert.Equal(x.i * width, Attr(x.b, "x"), precision: 1));
        Assert.Equal(StageChart.PlotRight, Attr(bands[3], "x") + width, precision: 1);
        Assert.True(StageChart.PlotRight + 2 <= StageChart.Width, "A Mature target's 4-unit line must fit inside the chart.");
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(3, 4)]
    [InlineData(1.4, 2.4)]
    public void Bar_FillsTheBandsUpToItsValue_SoEarlyStillShows(double value, double bands)
    {
        var svg = Render(new StageChartRow("Procurement", value, 2, 1.5, "words"));

        var bar = OfClass(svg, "chart__bar").Single();
        var bandWidth = StageChart.PlotRight / 4.0;

        Assert.Equal(bands * bandWidth, Attr(bar, "width"), precision: 0);
        // The target (Maturing) marks the right edge of its band.
        Assert.Equal(3 * bandWidth, Attr(OfClass(svg, "chart__target").Single(), "x1"), precision: 0);
        Assert.Equal(StageChart.X(1.5), Attr(OfClass(svg, "chart__comparison").Single(), "cx"), precision: 0);
    }

    [Fact]
    public void RowWithoutValues_DrawsOnlyItsWords_AndTextIsEncoded()
    {
        var svg = Render(new StageChartRow("Engagement", null, null, null, "fewer than 5 councils"));

        Assert.Empty(OfClass(svg, "chart__bar"));
        Assert.Empty(OfClass(svg, "chart__target"));
        Assert.Equal("fewer than 5 councils", OfClass(svg, "chart__value").Single().Value);
        Assert.Equal("A <chart> & more", svg.Element(Svg + "title")!.Value);
        Assert.Equal("Engagement: fewer than 5 councils.", svg.Element(Svg + "desc")!.Value);
        Assert.Equal("c-title c-desc", svg.Attribute("aria-labelledby")!.Value);
    }

    [Fact]
    public void Rows_StackTitleBarAndWords_AndLongTextPushesTheNextRowDown()
    {
        var words = string.Join(' ', Enumerable.Repeat("average 1.4 (Developing)", 4));
        var svg = Render(
            new StageChartRow("Planning, Delivery Structures and Processes", 1, null, null, words),
            new StageChartRow("Engagement", 0, null, null, "Early"));

        var labels = OfClass(svg, "chart__label").Select(l => Attr(l, "y")).ToList();
        var bars = OfClass(svg, "chart__bar").Select(b => (Top: Attr(b, "y"), Bottom: Attr(b, "y") + Attr(b, "height"))).ToList();
        var values = OfClass(svg, "chart__value").ToList();

        Assert.Equal(2, values[0].Elements(Svg + "tspan").Count());
        Assert.True(labels[0] < bars[0].Top && bars[0].Bottom < Attr(values[0], "y"), "title, then bar, then words");
        // The first row's second line of words ends above the second row's title.
        Assert.True(Attr(values[0], "y") + 17 < labels[1] - 15, $"rows overlap: words at {Attr(values[0], "y")}, next title at {labels[1]}");
        var height = double.Parse(svg.Attribute("viewBox")!.Value.Split(' ')[3], CultureInfo.InvariantCulture);
        Assert.True(Attr(values[1], "y") < height, "the last row's words fit inside the chart");
    }

    [Fact]
    public void Legend_IsTheFiguresCaption_WithAComparisonOnlyWhenGiven()
    {
        var with = Figure("National average", new StageChartRow("Procurement", 0, null, null, "Early")).Element("figcaption")!;
        var without = Figure(null, new StageChartRow("Procurement", 0, null, null, "Early")).Element("figcaption")!;

        Assert.Equal(["Stage now", "Target", "National average"], with.Elements("span").Select(k => k.Value));
        Assert.Equal(["Stage now", "Target"], without.Elements("span").Select(k => k.Value));
        Assert.All(with.Descendants("span").Where(s => s.Attribute("class")!.Value.Contains("swatch", StringComparison.Ordinal)),
            s => Assert.Equal("true", s.Attribute("aria-hidden")?.Value));
    }

    [Theory]
    [InlineData("Procurement", 46, new[] { "Procurement" })]
    [InlineData("Planning, Delivery Structures and Processes", 20, new[] { "Planning, Delivery", "Structures and…" })]
    [InlineData("Planning, Delivery Structures and Processes", 30, new[] { "Planning, Delivery Structures", "and Processes" })]
    [InlineData("Averyveryveryverylongword and more", 10, new[] { "Averyveryveryverylongword", "and more" })]
    public void Lines_BreakAtSpaces_IntoAtMostTwo(string text, int characters, string[] lines) =>
        Assert.Equal(lines, StageChart.Lines(text, characters));
}
