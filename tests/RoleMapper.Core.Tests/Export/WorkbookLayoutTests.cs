using ClosedXML.Excel;

namespace RoleMapper.Core.Tests.Export;

/// <summary>The shape of the workbook: sheets in order, headers, real tables, frozen headers and set column widths.</summary>
public sealed class WorkbookLayoutTests
{
    private static readonly CouncilMap Filled = A.CouncilMap
        .WithRoles(A.Role("Refuse Loader"), A.UnmappedRole("Park Ranger", serviceArea: "Parks"))
        .WithGaps(A.Gap("HGV drivers"))
        .WithChanges(A.Change("ST0001", roles: "Refuse Loader"));

    [Fact]
    public void Sheets_AreInTheAgreedOrder_WithoutMaturityWhenNoneIsGiven()
    {
        using var book = Exported.Of(Filled);

        Assert.Equal(["Summary", "Role map", "Skills gaps", "Standards used", "Changes since last export"], book.SheetOrder);
    }

    [Fact]
    public void Headers_AreTheDocumentedColumns()
    {
        using var book = Exported.Of(Filled);

        Assert.Equal(
            [
                "Role", "Service area", "Department or team", "Job family", "Grade", "Headcount", "FTE", "Notes",
                "Mapping status", "Needs review", "Review reason", "Standard reference",
                "Standard title", "Level", "Route", "Typical duration (months)", "Maximum funding", "Standard status",
                "Confidence", "Confirmed by", "Confirmed on", "Alternative standards", "Decision note", "Decision history",
                "Standard page",
            ],
            book.Headers(SheetNames.RoleMap));
        Assert.Equal(
            ["Skills gap", "Role or service area", "Priority", "Posts affected", "Hard to fill", "Succession risk", "Linked standards", "Status", "Target date"],
            book.Headers(SheetNames.SkillsGaps));
        Assert.Equal(
            ["Standard reference", "Standard title", "Level", "Route", "Standard status", "Typical duration (months)", "Maximum funding", "Roles", "Posts", "Standard page"],
            book.Headers(SheetNames.StandardsUsed));
        Assert.Equal(
            ["Date", "Standard reference", "Standard title", "What changed", "Roles affected", "Role titles"],
            book.Headers(SheetNames.Changes));
    }

    [Theory]
    [InlineData(SheetNames.RoleMap, "RoleMap", "A1:Y3")]
    [InlineData(SheetNames.SkillsGaps, "SkillsGaps", "A1:I2")]
    [InlineData(SheetNames.StandardsUsed, "StandardsUsed", "A1:J2")]
    [InlineData(SheetNames.Changes, "Changes", "A1:F2")]
    public void EachSection_IsAnExcelTableWithFilters(string sheet, string table, string range)
    {
        using var book = Exported.Of(Filled);

        var found = Assert.Single(book.Sheet(sheet).Tables);
        Assert.Equal(table, found.Name);
        Assert.Equal(range, found.RangeAddress.ToString());
        Assert.True(found.ShowAutoFilter);
        Assert.True(found.ShowHeaderRow);
        Assert.Equal(XLTableTheme.TableStyleMedium2.Name, found.Theme.Name);
    }

    [Fact]
    public void TableSheets_FreezeTheHeaderRow_AndTheRoleMapItsRoleColumn()
    {
        using var book = Exported.Of(Filled);

        Assert.Equal((1, 1), (book.Sheet(SheetNames.RoleMap).SheetView.SplitRow, book.Sheet(SheetNames.RoleMap).SheetView.SplitColumn));
        foreach (var sheet in new[] { SheetNames.SkillsGaps, SheetNames.StandardsUsed, SheetNames.Changes })
        {
            Assert.Equal((1, 0), (book.Sheet(sheet).SheetView.SplitRow, book.Sheet(sheet).SheetView.SplitColumn));
        }
    }

    [Fact]
    public void ColumnWidths_AreSetFromContent_AndCapped()
    {
        var longTitle = string.Join(' ', Enumerable.Repeat("Senior Principal Environmental Health Officer", 5));
        using var book = Exported.Of(A.CouncilMap.WithRoles(A.Role(longTitle), A.Role("Loader")));
        var sheet = book.Sheet(SheetNames.RoleMap);

        var widths = Enumerable.Range(1, 25).Select(c => sheet.Column(c).Width).ToList();

        Assert.All(widths, width => Assert.InRange(width, 10, 60));
        Assert.Equal(45, widths[0]);
        Assert.True(book.Cell(SheetNames.RoleMap, 1, "Role").Style.Alignment.WrapText);
        // Wide enough for "Typical duration (months)" and its filter button.
        Assert.Equal("Typical duration (months)".Length + 3, widths[15]);
        Assert.All(Enumerable.Range(1, 3), c => Assert.True(book.Sheet(SheetNames.Summary).Column(c).Width > 10));
    }

    [Fact]
    public void Formats_BelongToWholeColumns_SoRowsAddedBelowTheTableGetThemToo()
    {
        using var book = Exported.Of(Filled);
        var sheet = book.Sheet(SheetNames.RoleMap);
        var below = sheet.Cell(100, 6);

        Assert.Equal(XLAlignmentVerticalValues.Top, book.Cell(SheetNames.RoleMap, 1, "Standard title").Style.Alignment.Vertical);
        Assert.Equal((NumberFormats.Whole, XLAlignmentVerticalValues.Top), (sheet.Column(6).Style.NumberFormat.Format, sheet.Column(6).Style.Alignment.Vertical));
        Assert.Equal(NumberFormats.Fraction, sheet.Column(7).Style.NumberFormat.Format);
        Assert.True(sheet.Column(1).Style.Alignment.WrapText);
        Assert.False(sheet.Column(6).Style.Alignment.WrapText);
        Assert.Equal(NumberFormats.Whole, below.Style.NumberFormat.Format);
    }

    [Fact]
    public void EverySheet_PrintsOnePageWide_WithAFooterNamingTheCouncilTheDateAndThePage()
    {
        using var book = Exported.Of(Filled with { CouncilName = "Brighton & Hove City Council" });

        foreach (var name in book.SheetOrder)
        {
            var page = book.Sheet(name).PageSetup;
            Assert.Equal((1, 0, XLPaperSize.A4Paper), (page.PagesWide, page.PagesTall, page.PaperSize));
            // As stored: "&&" is how a footer writes one ampersand; "&P" and "&N" are the page and the number of pages.
            var footer = book.SheetXml(name).Descendants().Single(e => e.Name.LocalName == "oddFooter").Value;
            Assert.Equal("&LBrighton && Hove City Council&C2 March 2026&RPage &P of &N", footer);
        }
        Assert.Equal(XLPageOrientation.Landscape, book.Sheet(SheetNames.RoleMap).PageSetup.PageOrientation);
        Assert.Equal(XLPageOrientation.Portrait, book.Sheet(SheetNames.Summary).PageSetup.PageOrientation);
        foreach (var name in new[] { SheetNames.RoleMap, SheetNames.SkillsGaps, SheetNames.StandardsUsed, SheetNames.Changes })
        {
            Assert.Equal((1, 1), (book.Sheet(name).PageSetup.FirstRowToRepeatAtTop, book.Sheet(name).PageSetup.LastRowToRepeatAtTop));
        }
    }

    [Fact]
    public void EmptySections_KeepTheirSheetAndHeaders_WithANote()
    {
        using var book = Exported.Of(A.CouncilMap);

        Assert.Equal(5, book.SheetOrder.Count);
        foreach (var (sheet, note) in new[]
        {
            (SheetNames.RoleMap, "No job roles recorded."),
            (SheetNames.SkillsGaps, "No skills gaps recorded."),
            (SheetNames.StandardsUsed, "No role has a confirmed standard yet."),
            (SheetNames.Changes, "No changes in the standards feed touch this council's mappings since the last export."),
        })
        {
            Assert.Empty(book.Sheet(sheet).Tables);
            Assert.NotEmpty(book.Headers(sheet));
            Assert.Equal(note, book.Sheet(sheet).Cell("A2").GetString());
            Assert.Equal(2, book.Sheet(sheet).LastRowUsed().RowNumber());
            Assert.Equal(1, book.Sheet(sheet).SheetView.SplitRow);
        }
    }
}
