using System.Globalization;
using ClosedXML.Excel;

namespace RoleMapper.Core.Export;

/// <summary>
/// How the workbook prints, since councils print it or save it as PDF to hand over as evidence: every sheet on A4 and
/// one page wide (so a label and its value never land on different pages), the Role map landscape, each table's header
/// row repeated on every page, and a footer naming the council (the sector role map: "Sector role map"), the date and the page.
/// </summary>
internal static class PrintLayout
{
    /// <summary>Excel refuses a header or footer section longer than 255 characters, codes included.</summary>
    private const int MaxCouncilNameInFooter = 120;

    public static void Apply(XLWorkbook workbook, CouncilMap map) =>
        Apply(workbook, map.CouncilName, map.GeneratedAtUtc, landscapeSheet: SheetNames.RoleMap, sheetWithoutTable: SheetNames.Summary);

    /// <param name="owner">Whose the workbook is, on the left of every footer: the council, or the sector's map.</param>
    /// <param name="landscapeSheet">The wide table sheet, printed landscape.</param>
    /// <param name="sheetWithoutTable">The sheet of label and value lines, whose row 1 is no header to repeat.</param>
    public static void Apply(XLWorkbook workbook, string owner, DateTime generatedAtUtc, string landscapeSheet, string sheetWithoutTable)
    {
        var footerOwner = FooterText(owner);
        var date = UkTime.FromUtc(generatedAtUtc).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        foreach (var sheet in workbook.Worksheets)
        {
            var page = sheet.PageSetup;
            page.PaperSize = XLPaperSize.A4Paper;
            // One page wide, as many pages tall as the rows need.
            page.FitToPages(1, 0);
            page.PageOrientation = sheet.Name == landscapeSheet ? XLPageOrientation.Landscape : XLPageOrientation.Portrait;
            if (sheet.Name != sheetWithoutTable)
            {
                page.SetRowsToRepeatAtTop(1, 1);
            }
            page.Footer.Left.AddText(footerOwner);
            page.Footer.Center.AddText(date);
            page.Footer.Right.AddText("Page ");
            page.Footer.Right.AddText(XLHFPredefinedText.PageNumber);
            page.Footer.Right.AddText(" of ");
            page.Footer.Right.AddText(XLHFPredefinedText.NumberOfPages);
        }
    }

    /// <summary>
    /// The council's name (or the owner's) as footer text: "&amp;" starts a code in a footer ("&amp;P" is the page number), so a name such
    /// as "Brighton &amp; Hove" doubles it; control characters go.
    /// </summary>
    private static string FooterText(string name)
    {
        var clean = new string(name.Where(c => !char.IsControl(c)).ToArray());
        clean = clean.Length > MaxCouncilNameInFooter ? clean[..MaxCouncilNameInFooter] : clean;
        return clean.Replace("&", "&&", StringComparison.Ordinal);
    }
}
