using System.Globalization;
using System.Xml.Linq;
using RoleMapper.Web.Infrastructure;

namespace RoleMapper.Web.Tests.Infrastructure;

/// <summary>The server-drawn chart's geometry and text, without a host: the SVG is XML, so it is read as XML.</summary>
public sealed class StageChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Render(params StageChartRow[] rows)
    {
        var html = new StageChart("c", "A <chart> & more", rows, "Stage now", "Target", "National average").Render().ToString()!;
        return XElement.Parse(html).Element(Svg + "svg")!;
    }

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
        Assert.All(bands.Select((b, i) => (b, i)), x => Assert.Equal(StageChart.LabelWidth + (x.i * width), Attr(x.b, "x"), precision: 1));
        Assert.Equal(StageChart.PlotRight, Attr(bands[3], "x") + width, precision: 1);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(3, 4)]
    [InlineData(1.4, 2.4)]
    public void Bar_FillsTheBandsUpToItsValue_SoEarlyStillShows(double value, double bands)
    {
        var svg = Render(new StageChartRow("Procurement", value, 2, 1.5, "words"));

        var bar = OfClass(svg, "chart__bar").First();
        var bandWidth = (StageChart.PlotRight - StageChart.LabelWidth) / 4.0;

        Assert.Equal(bands * bandWidth, Attr(bar, "width"), precision: 0);
        // The target (Maturing) marks the right edge of its band.
        Assert.Equal(StageChart.LabelWidth + (3 * bandWidth), Attr(OfClass(svg, "chart__target").First(), "x1"), precision: 0);
        Assert.Equal(StageChart.X(1.5), Attr(OfClass(svg, "chart__comparison").First(), "cx"), precision: 0);
    }

    [Fact]
    public void RowWithoutValues_DrawsOnlyItsWords_AndTextIsEncoded()
    {
        var svg = Render(new StageChartRow("Engagement", null, null, null, "fewer than 5 councils"));

        Assert.Single(OfClass(svg, "chart__bar"));
        Assert.Equal("A <chart> & more", svg.Element(Svg + "title")!.Value);
        Assert.Equal("Engagement: fewer than 5 councils.", svg.Element(Svg + "desc")!.Value);
        Assert.Equal("c-title c-desc", svg.Attribute("aria-labelledby")!.Value);
    }

    [Theory]
    [InlineData("Procurement", new[] { "Procurement" })]
    [InlineData("Planning, Delivery Structures and Processes", new[] { "Planning, Delivery", "Structures and Processes" })]
    [InlineData("A very long strand title that runs on and on past two lines of label", new[] { "A very long strand title", "that runs on and on past two…" })]
    public void Labels_WrapIntoAtMostTwoLines(string label, string[] lines) =>
        Assert.Equal(lines, StageChart.LabelLines(label));
}
