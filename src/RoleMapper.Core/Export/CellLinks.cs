using ClosedXML.Excel;

namespace RoleMapper.Core.Export;

/// <summary>
/// Hyperlinks on many cells of one sheet, in linear time. ClosedXML 0.95.4's <c>IXLCell.Hyperlink</c> setter first looks
/// through every link already on the sheet, boxing each address to compare it: for the Role map's 5,000 links that is
/// 12 million comparisons and about 350 MB of garbage, a quarter of a large export's time. So each link is set while the
/// sheet's list of links is empty (the setter still styles the cell as a link), taken off the list at once, and the
/// sheet gets them all back, in row order, when its cells are written. Only public API is used; the round trip is tested
/// by reading the links back (RoleMapSheetTests).
/// </summary>
internal static class CellLinks
{
    /// <summary>Links the cell to <paramref name="address"/>; <see cref="PutBack"/> must follow once the sheet is filled.</summary>
    public static void Set(IXLCell cell, Uri address)
    {
        cell.Hyperlink = new XLHyperlink(address);
        cell.Worksheet.Hyperlinks.Delete(cell.Address);
    }

    /// <summary>Gives the sheet back the links set in one column from <paramref name="firstRow"/> to <paramref name="lastRow"/>.</summary>
    public static void PutBack(IXLWorksheet sheet, int column, int firstRow, int lastRow)
    {
        for (var row = firstRow; row <= lastRow; row++)
        {
            var cell = sheet.Cell(row, column);
            if (cell.HasHyperlink)
            {
                sheet.Hyperlinks.Add(cell.GetHyperlink());
            }
        }
    }
}
