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
/// every label and value, and styled by classes in maturity.css (the policy forbids style attributes, not classes).
/// The bar is where a council stands, a green line its target, a yellow dot with a dark ring the comparison (a sector
/// average). Each strand's title sits above its bar and its values in words below it, so the chart is narrow enough
/// to read on a phone without scrolling; the SVG's title and description carry the same words for screen readers, and
/// the legend is HTML under it, so nothing depends on colour. The page shows the same values in a table.
/// </summary>
public sealed class StageChart(string id, string title, IReadOnlyList<StageChartRow> rows, string currentLegend,
    string targetLegend, string? comparisonLegend)
{
    public const int Width = 440;

    /// <summary>
    /// Where Mature's band ends: short of the edge by more than half a target line, so a Mature target shows whole, and
    /// a multiple of 4, so the four bands have whole widths.
    /// </summary>
    public const int PlotRight = Width - 4;

    public const int HeaderHeight = 34;

    /// <summary>
    /// Characters that fit a line of a strand's title (15px bold) and of its words (14px). Measured on a wide font, as
    /// Chromium draws it on Debian (DejaVu Sans: up to 10.4 units a character bold at 15px, 8.6 at 14px, for these
    /// words), less a margin, so narrower ones (Arial, Segoe UI) never overflow; longer text wraps at a space.
    /// The browser test of the summary measures every line against <see cref="Width"/>.
    /// </summary>
    public const int LabelCharacters = 38;

    public const int WordsCharacters = 46;

    private const int LabelLineHeight = 18;
    private const int WordsLineHeight = 17;
    private const int BarHeight = 18;
    private const int RowGap = 14;

    private static IReadOnlyList<MaturityLevel> Stages { get; } = Enum.GetValues<MaturityLevel>();

    private static double BandWidth => PlotRight / 4.0;

    /// <summary>One sentence per row, for the SVG's description.</summary>
    public string Description => string.Join(" ", rows.Select(r => $"{r.Label}: {r.Summary}."));

    public int Height => HeaderHeight + rows.Sum(RowHeight);

    /// <summary>
    /// Where a value ends on the x axis. Each stage is a band a quarter of the plot wide, and a value fills its band:
    /// Early (0) is the first quarter, so a council at the baseline still shows a bar.
    /// </summary>
    public static double X(double value) => PlotRight * (Math.Clamp(value, 0, 3) + 1) / 4;

    /// <summary>
    /// Text broken at spaces into lines of at most <paramref name="characters"/> (a longer word gets a line of its own),
    /// at most <paramref name="maxLines"/> of them; what does not fit ends the last line with "…".
    /// </summary>
    public static IReadOnlyList<string> Lines(string text, int characters, int maxLines = 2)
    {
        var lines = new List<string> { "" };
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lines[^1].Length > 0 && lines[^1].Length + 1 + word.Length > characters)
            {
                lines.Add("");
            }
            lines[^1] = lines[^1].Length == 0 ? word : $"{lines[^1]} {word}";
        }
        return lines.Count <= maxLines ? lines : [.. lines.Take(maxLines - 1), lines[maxLines - 1] + "…"];
    }

    /// <summary>The chart as an inline <c>&lt;svg&gt;</c> in a <c>&lt;figure&gt;</c>, its legend in the caption.</summary>
    public IHtmlContent Render()
    {
        var svg = new XElement(Svg + "svg",
            new XAttribute("role", "img"), new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XAttribute("viewBox", $"0 0 {Width} {Height}"),
            // A print caps the chart's height, which makes it narrower than its box: keep it at the left, over its legend.
            new XAttribute("preserveAspectRatio", "xMinYMin meet"), new XAttribute("class", "stage-chart__svg"), new XAttribute("data-testid", "stage-chart"),
            new XElement(Svg + "title", new XAttribute("id", $"{id}-title"), title),
            new XElement(Svg + "desc", new XAttribute("id", $"{id}-desc"), Description),
            Stages.Select(Band),
            rows.Select((row, i) => RowElements(row, RowTop(i))));
        var figure = new XElement("figure", new XAttribute("class", "stage-chart"), svg, Legend());
        return new HtmlString(figure.ToString(SaveOptions.DisableFormatting));
    }

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Element(string name, string css, params object[] content) =>
        new(Svg + name, new XAttribute("class", css), content);

    private static XAttribute A(string name, double value) => new(name, N(value));

    /// <summary>Numbers for SVG attributes: invariant, so a council's browser locale never writes "12,5".</summary>
    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static int RowHeight(StageChartRow row) =>
        (Lines(row.Label, LabelCharacters).Count * LabelLineHeight) + 4 + BarHeight + 4
        + (Lines(row.Summary, WordsCharacters).Count * WordsLineHeight) + RowGap;

    private double RowTop(int index) => HeaderHeight + rows.Take(index).Sum(RowHeight);

    /// <summary>A stage's column: a shaded band (alternate ones darker) with its name on top.</summary>
    private IEnumerable<XElement> Band(MaturityLevel stage)
    {
        var left = BandWidth * (int)stage;
        yield return Element("rect", $"chart__band chart__band--{(int)stage % 2}", A("x", left), A("y", 0), A("width", BandWidth), A("height", Height));
        yield return Element("text", "chart__stage", A("x", left + (BandWidth / 2)), A("y", 19), new XAttribute("text-anchor", "middle"), stage.ToString());
    }

    /// <summary>The strand's title, its bar with the target and comparison on it, then its words.</summary>
    private static IEnumerable<XElement> RowElements(StageChartRow row, double top)
    {
        var label = Lines(row.Label, LabelCharacters);
        yield return TextLines("chart__label", label, top + 15, LabelLineHeight);
        var barTop = top + (label.Count * LabelLineHeight) + 4;
        if (row.Current is { } current)
        {
            yield return Element("rect", "chart__bar", A("x", 0), A("y", barTop), A("width", X(current)), A("height", BarHeight));
        }
        if (row.Target is { } target)
        {
            yield return Element("line", "chart__target", A("x1", X(target)), A("x2", X(target)), A("y1", barTop - 5), A("y2", barTop + BarHeight + 5));
        }
        if (row.Comparison is { } comparison)
        {
            yield return Element("circle", "chart__comparison", A("cx", X(comparison)), A("cy", barTop + (BarHeight / 2.0)), A("r", 6));
        }
        yield return TextLines("chart__value", Lines(row.Summary, WordsCharacters), barTop + BarHeight + 4 + 13, WordsLineHeight);
    }

    private static XElement TextLines(string css, IReadOnlyList<string> lines, double baseline, int lineHeight) =>
        Element("text", css, A("x", 4), A("y", baseline),
            lines.Select((line, i) => new XElement(Svg + "tspan", A("x", 4), A("dy", i == 0 ? 0 : lineHeight), line)));

    /// <summary>The key, as HTML under the chart so it wraps on a narrow screen: a swatch drawn by CSS, then its words.</summary>
    private XElement Legend()
    {
        var keys = new List<(string Css, string Text)> { ("bar", currentLegend), ("target", targetLegend) };
        if (comparisonLegend is not null)
        {
            keys.Add(("comparison", comparisonLegend));
        }
        return new XElement("figcaption", new XAttribute("class", "stage-chart__legend"),
            keys.Select(k => new XElement("span", new XAttribute("class", "legend-key"),
                new XElement("span", new XAttribute("class", $"legend-key__swatch legend-key__swatch--{k.Css}"), new XAttribute("aria-hidden", "true"), ""),
                k.Text)));
    }
}
