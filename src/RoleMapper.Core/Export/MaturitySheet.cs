using ClosedXML.Excel;

namespace RoleMapper.Core.Export;

/// <summary>
/// Maturity: one row per statement met, with its strand's current and target stage, so the table filters by strand.
/// A strand with nothing met still gets a row, so all five strands and their stages show.
/// </summary>
internal static class MaturitySheet
{
    internal sealed record Row(MaturityStrandRow Strand, MetStatement? Statement);

    public static readonly IReadOnlyList<SheetColumn<Row>> Columns =
    [
        Column.Text<Row>("Strand", r => r.Strand.StrandTitle, maxWidth: 40, wrap: true),
        Column.Text<Row>("Current stage", r => r.Strand.Current.DisplayText),
        Column.Text<Row>("Target stage", r => r.Strand.Target?.ToString() ?? "Not set"),
        Column.Text<Row>("Statement met", r => r.Statement?.Text ?? "None met yet", maxWidth: 60, wrap: true),
        Column.Text<Row>("Evidence", r => r.Statement?.Evidence, maxWidth: 60, wrap: true),
    ];

    public static void Add(XLWorkbook workbook, MaturitySection maturity)
    {
        var rows = maturity.Strands
            .SelectMany(strand => strand.StatementsMet.Count == 0
                ? [new Row(strand, null)]
                : strand.StatementsMet.Select(statement => new Row(strand, statement)))
            .ToList();
        TableSheet.Add(workbook, SheetNames.Maturity, "Maturity", Columns, rows, "No strands assessed.");
    }
}
