using ClosedXML.Excel;

namespace RoleMapper.Core.Export;

/// <summary>
/// Writes a list as a worksheet holding one Excel table: the header in row 1 (frozen), a filter on every column,
/// formats and widths set per column. A section with no rows gets the header and a one-line note instead of a table,
/// because Excel repairs a table with no data row when it opens the file.
/// </summary>
internal static class TableSheet
{
    public static readonly XLTableTheme Style = XLTableTheme.TableStyleMedium2;

    /// <summary>No column narrower than Excel's own default (8.43), so a short header still shows in full.</summary>
    private const int MinWidth = 10;

    /// <summary>Room for the filter button beside a header.</summary>
    private const int FilterButton = 3;

    /// <param name="frozenColumns">Columns kept in view when scrolling right, e.g. the role title.</param>
    public static IXLWorksheet Add<T>(XLWorkbook workbook, string sheetName, string tableName,
        IReadOnlyList<SheetColumn<T>> columns, IReadOnlyList<T> rows, string noneNote, int frozenColumns = 0)
    {
        var sheet = workbook.AddWorksheet(sheetName);
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(columns[c].Header);
            sheet.Column(c + 1).Width = WidthOf(columns[c], rows);
        }
        sheet.SheetView.Freeze(1, frozenColumns);
        if (rows.Count == 0)
        {
            var header = sheet.Range(1, 1, 1, columns.Count).Style;
            header.Font.Bold = true;
            header.Fill.BackgroundColor = XLColor.FromTheme(XLThemeColor.Accent1, 0.6);
            SafeText.Write(sheet.Cell(2, 1), noneNote);
            sheet.Cell(2, 1).Style.Font.Italic = true;
            return sheet;
        }

        // Formats go on whole columns before any data cell exists, because a new cell takes its column's style. Styling
        // the finished range instead costs ClosedXML 0.95.4 a regrouping of every cell per change: a third of the time
        // of a 5,000-role export. Each column's format also reaches rows added below the table in Excel.
        for (var c = 0; c < columns.Count; c++)
        {
            var style = sheet.Column(c + 1).Style;
            style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            if (columns[c].NumberFormat is { } format)
            {
                style.NumberFormat.Format = format;
            }
            if (columns[c].Wrap)
            {
                style.Alignment.WrapText = true;
            }
        }
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                columns[c].Write(sheet.Cell(r + 2, c + 1), rows[r]);
            }
        }
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Links)
            {
                CellLinks.PutBack(sheet, c + 1, 2, rows.Count + 1);
            }
        }
        var table = sheet.Range(1, 1, rows.Count + 1, columns.Count).CreateTable(tableName);
        table.Theme = Style;
        table.ShowAutoFilter = true;
        return sheet;
    }

    /// <summary>
    /// A second table on a sheet <see cref="Add{T}"/> made, its header in <paramref name="headerRow"/> (a row or two below
    /// the first table). The sheet's columns keep the first table's formats, so each cell of this one gets its own
    /// format; fine for the few rows such a table holds (a plan's years). Columns widen to fit it, never narrow.
    /// </summary>
    public static void AddBelow<T>(IXLWorksheet sheet, int headerRow, string tableName, IReadOnlyList<SheetColumn<T>> columns,
        IReadOnlyList<T> rows)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Cell(headerRow, c + 1).SetValue(columns[c].Header);
            sheet.Column(c + 1).Width = Math.Max(sheet.Column(c + 1).Width, WidthOf(columns[c], rows));
            for (var r = 0; r < rows.Count; r++)
            {
                var cell = sheet.Cell(headerRow + 1 + r, c + 1);
                columns[c].Write(cell, rows[r]);
                cell.Style.NumberFormat.Format = columns[c].NumberFormat ?? "General";
                cell.Style.Alignment.WrapText = columns[c].Wrap;
            }
        }
        var table = sheet.Range(headerRow, 1, headerRow + Math.Max(rows.Count, 1), columns.Count).CreateTable(tableName);
        table.Theme = Style;
        table.ShowAutoFilter = false;
    }

    /// <summary>Wide enough for the header and the longest value, up to the column's cap (never AdjustToContents:
    /// it measures fonts through System.Drawing, which needs libgdiplus on Linux).</summary>
    private static double WidthOf<T>(SheetColumn<T> column, IReadOnlyList<T> rows)
    {
        var header = column.Header.Length + FilterButton;
        var content = rows.Count == 0 ? 0 : rows.Max(column.Width) + 2;
        return Math.Max(MinWidth, Math.Max(header, Math.Min(content, column.MaxWidth)));
    }
}
