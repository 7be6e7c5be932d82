using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Html;
using RoleMapper.Core.Maturity;

namespace RoleMapper.Web.Infrastructure;

/// <summary>One strand of a <see cref="StageChart"/>: values on the stage scale, 0 (Early) to 3 (Mature).</summary>
/// <param name="Current">The stage reached, or an average of stages; null draws no bar.</param>
/// <param name="Summary">What the row says in words, under its bar and in the chart's description.</param>
public sealed record StageChartRow(string Label, double? Current, double? Target, double? Comparison, string Summary);

/// <summary>
/// A bar per strand on the four stages, drawn as SVG on the server: the content security policy allows no inline or
/// outside script, and an SVG prints crisply on the summary's one A4 page. It is built with XElement, which encodes
/// every label and value, and styled by classes in site.css (the policy forbids style attributes, not classes). The bar is where a council stands, a green
/// line its target, a dark dot the comparison (a sector average). Each row also says its values in words, and the
/// SVG's title and description carry them for screen readers, so nothing depends on colour. The page shows the same
/// values in a table.
/// </summary>
public sealed class StageChart(string id, string title, IReadOnlyList<StageChartRow> rows, string currentLegend,
    string targetLegend, string? comparisonLegend)
{
    public const int Width = 720;
    public const int LabelWidth = 220;
    public const int PlotRight = Width - 12;
    public const int HeaderHeight = 30;
    public const int RowHeight = 64;
    public const int LegendHeight = 34;
    private const int LabelCharacters = 28;

    public int Height => HeaderHeight + (rows.Count * RowHeight) + LegendHeight;

    private static IReadOnlyList<MaturityLevel> Stages { get; } = Enum.GetValues<MaturityLevel>();

    /// <summary>One sentence per row, for the SVG's description.</summary>
    public string Description => string.Join(" ", rows.Select(r => $"{r.Label}: {r.Summary}."));

    /// <summary>
    /// Where a value ends on the x axis. Each stage is a band a quarter of the plot wide, and a value fills its band:
    /// Early (0) is the first quarter, so a council at the baseline still shows a bar.
    /// </summary>
    public static double X(double value) => LabelWidth + ((PlotRight - LabelWidth) * (Math.Clamp(value, 0, 3) + 1) / 4);

    /// <summary>The left edge of a stage's band.</summary>
    private static double BandLeft(MaturityLevel stage) => LabelWidth + (BandWidth * (int)stage);

    private static double BandWidth => (PlotRight - LabelWidth) / 4.0;

    private static double RowTop(int index) => HeaderHeight + (index * RowHeight);

    /// <summary>Numbers for SVG attributes: invariant, so a council's browser locale never writes "12,5".</summary>
    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The chart as an inline <c>&lt;svg&gt;</c> in a <c>&lt;figure&gt;</c>.</summary>
    public IHtmlContent Render()
    {
        var legendY = HeaderHeight + (rows.Count * RowHeight) + 22;
        var svg = new XElement(Svg + "svg",
            new XAttribute("role", "img"), new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XAttribute("viewBox", $"0 0 {Width} {Height}"), new XAttribute("class", "stage-chart__svg"), new XAttribute("data-testid", "stage-chart"),
            new XElement(Svg + "title", new XAttribute("id", $"{id}-title"), title),
            new XElement(Svg + "desc", new XAttribute("id", $"{id}-desc"), Description),
            Stages.Select(Band),
            rows.Select(RowElements),
            Legend(legendY));
        return new HtmlString(new XElement("figure", new XAttribute("class", "stage-chart"), svg).ToString(SaveOptions.DisableFormatting));
    }

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Element(string name, string css, params object[] content) =>
        new(Svg + name, new XAttribute("class", css), content);

    private static XAttribute A(string name, double value) => new(name, N(value));

    /// <summary>A stage's column: a shaded band (alternate ones darker) with its name on top.</summary>
    private IEnumerable<XElement> Band(MaturityLevel stage)
    {
        var left = BandLeft(stage);
        yield return Element("rect", $"chart__band chart__band--{(int)stage % 2}", A("x", left), A("y", 0), A("width", BandWidth), A("height", Height - LegendHeight));
        yield return Element("text", "chart__stage", A("x", left + (BandWidth / 2)), A("y", 20), new XAttribute("text-anchor", "middle"), stage.ToString());
    }

    private IEnumerable<XElement> RowElements(StageChartRow row, int index)
    {
        var top = RowTop(index);
        var lines = LabelLines(row.Label);
        yield return Element("text", "chart__label", A("x", 0), A("y", top + (lines.Count == 1 ? 27 : 19)),
            lines.Select((line, i) => new XElement(Svg + "tspan", A("x", 0), A("dy", i == 0 ? 0 : 17), line)));
        if (row.Current is { } current)
        {
            yield return Element("rect", "chart__bar", A("x", LabelWidth), A("y", top + 12), A("width", X(current) - LabelWidth), A("height", 20));
        }
        if (row.Target is { } target)
        {
            yield return Element("line", "chart__target", A("x1", X(target)), A("x2", X(target)), A("y1", top + 5), A("y2", top + 39));
        }
        if (row.Comparison is { } comparison)
        {
            yield return Element("circle", "chart__comparison", A("cx", X(comparison)), A("cy", top + 22), A("r", 6));
        }
        yield return Element("text", "chart__value", A("x", LabelWidth + 4), A("y", top + 54), row.Summary);
    }

    private IEnumerable<XElement> Legend(int y)
    {
        yield return Element("rect", "chart__bar", A("x", 0), A("y", y - 11), A("width", 22), A("height", 12));
        yield return Element("text", "chart__legend", A("x", 28), A("y", y), currentLegend);
        yield return Element("line", "chart__target", A("x1", 250), A("x2", 250), A("y1", y - 14), A("y2", y + 3));
        yield return Element("text", "chart__legend", A("x", 260), A("y", y), targetLegend);
        if (comparisonLegend is not null)
        {
            yield return Element("circle", "chart__comparison", A("cx", 476), A("cy", y - 5), A("r", 6));
            yield return Element("text", "chart__legend", A("x", 488), A("y", y), comparisonLegend);
        }
    }

    /// <summary>A strand title broken into lines that fit the label column (at most two; the rest is cut with "…").</summary>
    public static IReadOnlyList<string> LabelLines(string label)
    {
        var lines = new List<string> { "" };
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lines[^1].Length > 0 && lines[^1].Length + 1 + word.Length > LabelCharacters)
            {
                lines.Add("");
            }
            lines[^1] = lines[^1].Length == 0 ? word : $"{lines[^1]} {word}";
        }
        return lines.Count <= 2 ? lines : [lines[0], lines[1] + "…"];
    }
}
