using System.Globalization;
using ClosedXML.Excel;

namespace RoleMapper.Core.Workspace.RoleFiles;

/// <summary>
/// An .xlsx read with ClosedXML. Cells are read through <see cref="IXLCell.CachedValue"/>, never
/// <see cref="IXLCell.Value"/>: for a formula cell, Value runs ClosedXML's formula engine, and a file from outside
/// must not make us calculate anything. A formula cell gives the value Excel last saved in it.
/// </summary>
internal sealed class XlsxWorkbook : IDisposable
{
    private readonly XLWorkbook workbook;

    private XlsxWorkbook(XLWorkbook workbook) => this.workbook = workbook;

    public static XlsxWorkbook Open(byte[] bytes)
    {
        try
        {
            // Event tracking keeps ranges up to date while a sheet is edited; we only read.
            return new XlsxWorkbook(new XLWorkbook(new MemoryStream(bytes, writable: false), XLEventTracking.Disabled));
        }
        catch (Exception e)
        {
            throw new RoleFileException(RoleFileMessages.WorkbookUnreadable, e);
        }
    }

    /// <summary>The visible worksheets in tab order; hidden ones hold lookups and workings, not the roles.</summary>
    public IReadOnlyList<SourceSheet> VisibleSheets() => workbook.Worksheets
        .Where(sheet => sheet.Visibility == XLWorksheetVisibility.Visible)
        .Select(sheet => new SourceSheet(sheet.Name, Rows(sheet)))
        .ToList();

    public void Dispose() => workbook.Dispose();

    private static IEnumerable<SourceRow> Rows(IXLWorksheet sheet)
    {
        foreach (var row in sheet.RowsUsed())
        {
            var used = row.CellsUsed().Where(c => c.Address.ColumnNumber <= RoleFileLimits.MaxColumns).ToList();
            var cells = new SourceCell[used.Count == 0 ? 0 : used.Max(c => c.Address.ColumnNumber)];
            foreach (var cell in used)
            {
                cells[cell.Address.ColumnNumber - 1] = new SourceCell(TextOf(cell.CachedValue), cell.HasFormula);
            }
            yield return new SourceRow(row.RowNumber(), cells);
        }
    }

    private static string? TextOf(object? value) => value switch
    {
        null => null,
        string text => text,
        double number => NumberText.Format(number),
        DateTime date => date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
