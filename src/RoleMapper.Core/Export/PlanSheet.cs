using ClosedXML.Excel;
using RoleMapper.Core.Plan;

namespace RoleMapper.Core.Export;

/// <summary>
/// Plan: the costed three-year plan's lines (standard, year, starts, unit price, cost, price note, flag), and below them
/// the levy account by year (available, spend, not covered by levy, left, expiring), as on the plan page.
/// </summary>
internal static class PlanSheet
{
    public static readonly IReadOnlyList<SheetColumn<PlanLineView>> Columns =
    [
        Column.Text<PlanLineView>("Standard", l => l.Label, maxWidth: 50, wrap: true),
        Column.Text<PlanLineView>("Year", l => l.Year.ToString()),
        Column.Number<PlanLineView>("Starts", l => l.Starts),
        Column.Pounds<PlanLineView>("Unit price", l => l.UnitPrice),
        Column.Pounds<PlanLineView>("Cost", l => l.Cost),
        Column.Text<PlanLineView>("Price note", l => l.PriceNote, maxWidth: 50, wrap: true),
        Column.Text<PlanLineView>("Flag", l => l.NeedsReview ? l.ReviewReason ?? "Needs review" : null, maxWidth: 50, wrap: true),
    ];

    public static readonly IReadOnlyList<SheetColumn<LevyYear>> LevyColumns =
    [
        Column.Text<LevyYear>("Levy by year", y => y.Year.ToString()),
        Column.Pounds<LevyYear>("Available", y => y.Available),
        Column.Pounds<LevyYear>("Spend", y => y.Spend),
        Column.Pounds<LevyYear>("Not covered by levy", y => y.Shortfall),
        Column.Pounds<LevyYear>("Left", y => y.Left),
        Column.Pounds<LevyYear>("Expiring", y => y.Expired),
    ];

    public static void Add(XLWorkbook workbook, PlanView plan)
    {
        var lines = plan.Lines.Concat(plan.OtherLines).OrderBy(l => l.Year).ThenBy(l => l.Label, StringComparer.OrdinalIgnoreCase).ToList();
        var sheet = TableSheet.Add(workbook, SheetNames.Plan, "PlanLines", Columns, lines, "No starts planned yet.");
        var below = Math.Max(lines.Count, 1) + 3;
        if (plan.Levy.Count == 0)
        {
            SafeText.Write(sheet.Cell(below, 1), "Enter the levy the council expects each year to see the levy account by year.");
            sheet.Cell(below, 1).Style.Font.Italic = true;
            return;
        }
        TableSheet.AddBelow(sheet, below, "PlanLevy", LevyColumns, plan.Levy);
    }
}
