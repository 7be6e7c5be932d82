using ClosedXML.Excel;
using RoleMapper.Core.Mot;

namespace RoleMapper.Core.Export;

/// <summary>MOT: the latest published MOT, a row per strand, then the comparisons, priorities and LGA support below.</summary>
internal static class MotSheet
{
    public static IReadOnlyList<SheetColumn<MotStrand>> Columns =
    [
        Column.Text<MotStrand>("Strand", s => s.Strand.Title, maxWidth: 40),
        Column.Text<MotStrand>("Council: now", s => s.SelfCurrent?.DisplayText),
        Column.Text<MotStrand>("Council: target", s => s.SelfTarget?.ToString()),
        Column.Text<MotStrand>("LGA assessment", s => s.External?.ToString()),
        Column.Text<MotStrand>("LGA at last MOT", s => s.PreviousExternal?.ToString()),
        Column.Fraction<MotStrand>("National average", s => Rounded(s.National)),
        Column.Text<MotStrand>("Comment", s => s.Comment, maxWidth: 60, wrap: true),
    ];

    public static void Add(XLWorkbook workbook, MotReport report)
    {
        var sheet = TableSheet.Add(workbook, SheetNames.Mot, "Mot", Columns, report.Strands, "No strands.");
        var row = report.Strands.Count + 3;
        void Line(string label, string? text)
        {
            sheet.Cell(row, 1).Style.Font.Bold = true;
            SafeText.Write(sheet.Cell(row, 1), label);
            SafeText.Write(sheet.Cell(row, 2), text ?? "");
            row++;
        }
        Line("Reviewed on", report.Review.ReviewedOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
        Line("Programme year", report.YearText);
        row++;
        Line("Measure", $"This council | National | {report.CouncilRegion} | {report.CouncilType}");
        foreach (var c in report.Comparisons)
        {
            string Value(double? v) => v is { } x ? x.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) : "–";
            string Group(Sector.GroupAverage g) => g.IsShown ? Value(g.Average) : "hidden";
            Line(c.Measure, $"{Value(c.Council)} | {Group(c.National)} | {Group(c.Region)} | {Group(c.Type)}");
        }
        row++;
        Line("Improvement priorities", report.Review.Priorities);
        Line("Where LGA support can help", report.Review.LgaSupport);
    }

    private static decimal? Rounded(double? value) => value is { } v ? Math.Round((decimal)v, 2) : null;
}
