using ClosedXML.Excel;
using CsvHelper;

namespace RoleMapper.Cli.Bulk;

/// <summary>Writes bulk results as CSV or as an Excel workbook, chosen by the file's extension.</summary>
internal static class MatchFileWriter
{
    public static bool IsSupported(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".csv" or ".xlsx";

    public static void Write(string path, IReadOnlyList<MatchedRow> rows)
    {
        if (Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            WriteExcel(path, rows);
        }
        else
        {
            WriteCsv(path, rows);
        }
    }

    private static void WriteCsv(string path, IReadOnlyList<MatchedRow> rows)
    {
        // Titles come from users: a cell starting with = or + must not run as a formula when the file is opened in Excel.
        using var csv = CsvWriter.ToFile(path, new CsvWriterOptions { Injection = CsvInjection.Escape, NewLine = "\n" });
        csv.WriteHeader(MatchSheet.Columns.Select(c => c.Name).ToArray());
        foreach (var row in rows)
        {
            csv.WriteRecord(MatchSheet.Cells(row));
        }
    }

    /// <summary>
    /// Column widths are set from <see cref="MatchSheet.Columns"/>: ClosedXML's AdjustToContents measures text with
    /// System.Drawing, which needs libgdiplus on Linux.
    /// </summary>
    private static void WriteExcel(string path, IReadOnlyList<MatchedRow> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Matches");
        for (var c = 0; c < MatchSheet.Columns.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(MatchSheet.Columns[c].Name);
            sheet.Column(c + 1).Width = MatchSheet.Columns[c].Width;
        }
        sheet.Row(1).Style.Font.Bold = true;
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = MatchSheet.Cells(rows[r]);
            for (var c = 0; c < cells.Length; c++)
            {
                // SetValue stores text as text; assigning Value would read a title starting with = as a formula.
                sheet.Cell(r + 2, c + 1).SetValue(cells[c]);
            }
        }
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, rows.Count + 1, MatchSheet.Columns.Length).SetAutoFilter();
        workbook.SaveAs(path);
    }
}
