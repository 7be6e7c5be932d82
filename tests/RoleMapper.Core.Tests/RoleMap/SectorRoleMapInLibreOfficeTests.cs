using ClosedXML.Excel;
using RoleMapper.Core.RoleMap;

namespace RoleMapper.Core.Tests.RoleMap;

/// <summary>
/// The sector role map's workbook opened and saved again by a real spreadsheet client (LibreOffice, headless), as HR
/// would open the download. Written from a map in memory: what the database adds is tested in
/// <see cref="SectorRoleMapWorkbookTests"/>, and LibreOffice's time here does not depend on it.
/// </summary>
public sealed class SectorRoleMapInLibreOfficeTests
{
    private const string Hyperlink = "=HYPERLINK(\"http://x\",\"y\")";

    private static byte[] Workbook()
    {
        var map = new SectorRoleMap(
        [
            new SectorRoleMapRow("Elections", "Poll Clerk", "Casual", [], [], "No approved standard covers polling stations",
                new DateOnly(2026, 8, 22), "2026-08-22"),
            new SectorRoleMapRow("Housing", "Allocations Officer", "Administrative", [Hyperlink, "Lettings Officer"],
                [new("ST0070", "Business administrator", 3, null), new("ST0108", "Dental technician (integrated)", 5, "Retired")],
                "-Business administrator covers lettings administration", new DateOnly(2026, 8, 22), "2026-08-22"),
        ], new DateOnly(2026, 8, 22), new DateTime(2026, 9, 1, 9, 0, 0, DateTimeKind.Utc));
        using var stream = new MemoryStream();
        SectorRoleMapWorkbook.Write(map, stream);
        return stream.ToArray();
    }

    [Fact]
    public async Task Write_OpenedAndSavedByLibreOffice_KeepsEveryValue_TextAsText_AndHowItPrints()
    {
        var original = Workbook();

        var saved = await LibreOffice.ConvertAsync(original, "Sector role map - 2026-09.xlsx", "xlsx");

        using var before = ExportedMap.Open(original);
        using var after = ExportedMap.Open(saved);
        Assert.Equal(["Role map", "About"], after.SheetNames);
        foreach (var sheet in before.SheetNames)
        {
            Assert.Equal(Texts(before.Workbook.Worksheet(sheet)), Texts(after.Workbook.Worksheet(sheet)));
        }
        Assert.Empty(after.Formulas());
        var allocations = after.Rows("Role map")[1];
        Assert.Equal((XLDataType.Text, Hyperlink + "; Lettings Officer"), (allocations["Also written as"].DataType, allocations["Also written as"].GetString()));
        Assert.Equal(XLDataType.DateTime, allocations["Checked against"].DataType);
        var printed = after.Workbook.Worksheet("Role map").PageSetup;
        Assert.Equal((XLPageOrientation.Landscape, 1, 1, 1), (printed.PageOrientation, printed.PagesWide, printed.FirstRowToRepeatAtTop, printed.LastRowToRepeatAtTop));
        Assert.All(after.Workbook.Worksheets, s => Assert.Equal(1, s.PageSetup.PagesWide));
    }

    /// <summary>Every used cell as "A1=text", row by row: what a reader sees, whichever program wrote the file.</summary>
    private static List<string> Texts(IXLWorksheet sheet) =>
        sheet.CellsUsed(c => !c.IsEmpty()).Select(c => $"{c.Address}={c.GetFormattedString()}").ToList();
}
