using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using static RoleMapper.Core.Tests.Workspace.RoleFiles.RoleFiles;
using OpenXmlCell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using OpenXmlCellValue = DocumentFormat.OpenXml.Spreadsheet.CellValue;

namespace RoleMapper.Core.Tests.Workspace.RoleFiles;

/// <summary>Excel workbooks: typed cells, formulas that must never run, several worksheets.</summary>
public sealed class XlsxReadingTests
{
    [Fact]
    public void Workbook_WithHeader_ReadsTypedCells()
    {
        var bytes = Xlsx(
            ["Job title", "Service area", "Grade", "Headcount", "FTE"],
            ["Library Assistant", "Libraries", 4, 12, 9.5],
            ["Librarian", "Libraries", "Grade 7", 3.0, 2.81]);

        var preview = Read(bytes, "roles.xlsx");

        Assert.Null(preview.FileError);
        Assert.Equal("Roles", preview.SheetName);
        Assert.Equal([2, 3], preview.Rows.Select(r => r.RowNumber));
        var assistant = preview.Rows[0];
        Assert.Equal(("Library Assistant", "Libraries", "4", 12, 9.5m),
            (assistant.Title, assistant.ServiceArea, assistant.Grade, assistant.Headcount, assistant.Fte));
        Assert.Equal((3, 2.81m), (preview.Rows[1].Headcount, preview.Rows[1].Fte));
        Assert.All(preview.Rows, r => Assert.Empty(r.Problems));
    }

    [Fact]
    public void FormulaLikeText_InTextCells_IsKeptAsPlainText()
    {
        var bytes = Xlsx(["Job title", "Notes"], ["=HYPERLINK(\"http://evil.example\")", "@SUM(A1)"], ["+44 1632 960000", "-1"]);

        var preview = Read(bytes, "roles.xlsx");

        Assert.Equal(["=HYPERLINK(\"http://evil.example\")", "+44 1632 960000"], preview.Rows.Select(r => r.Title));
        Assert.Equal(["@SUM(A1)", "-1"], preview.Rows.Select(r => r.Notes));
        Assert.All(preview.Rows, r => Assert.Empty(r.Problems));
    }

    [Fact]
    public void FormulaCell_IsReadAsItsSavedValueWithAWarning()
    {
        var bytes = Xlsx(sheet =>
        {
            sheet.Cell("A1").SetValue("Job title");
            sheet.Cell("B1").SetValue("Headcount");
            sheet.Cell("A2").FormulaA1 = "=\"Refuse \"&\"Loader\"";
            sheet.Cell("B2").FormulaA1 = "=20+22";
        }, evaluateFormulas: true);

        var row = Read(bytes, "roles.xlsx").Single();

        Assert.Equal(("Refuse Loader", 42), (row.Title, row.Headcount));
        Assert.True(row.IsImportable);
        Assert.Equal(
            [
                "The job title in cell A2 comes from a formula; its last saved value was read and the formula was not run.",
                "The headcount in cell B2 comes from a formula; its last saved value was read and the formula was not run.",
            ],
            row.Messages(ProblemSeverity.Warning));
    }

    [Fact]
    public void FormulaCell_IsNeverCalculated()
    {
        // Excel saved "Caretaker" as the value of =1+1; if the reader ran formulas it would see 2.
        var bytes = Xlsx(sheet =>
        {
            sheet.Cell("A1").SetValue("Job title");
            sheet.Cell("A2").FormulaA1 = "=1+1";
        });
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var worksheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
            var cell = worksheet.Descendants<OpenXmlCell>().Single(c => c.CellReference == "A2");
            cell.DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.String;
            cell.CellValue = new OpenXmlCellValue("Caretaker");
            worksheet.Save();
        }

        var row = Read(stream.ToArray(), "roles.xlsx").Single();

        Assert.Equal("Caretaker", row.Title);
        Assert.Single(row.Messages(ProblemSeverity.Warning));
    }

    [Fact]
    public void FormulaCell_WithNoSavedValue_GivesAnEmptyTitleNotACalculatedOne()
    {
        var bytes = Xlsx(sheet =>
        {
            sheet.Cell("A1").SetValue("Job title");
            sheet.Cell("A2").FormulaA1 = "=\"Refuse \"&\"Loader\"";
            sheet.Cell("A3").SetValue("Cleaner");
        });

        var rows = Read(bytes, "roles.xlsx").Rows;

        Assert.Equal((2, ""), (rows[0].RowNumber, rows[0].Title));
        Assert.False(rows[0].IsImportable);
        Assert.Contains(rows[0].Messages(ProblemSeverity.Error), m => m.Contains("empty", StringComparison.Ordinal));
        Assert.True(rows[1].IsImportable);
    }

    [Fact]
    public void Workbook_FirstVisibleSheetWithATitleColumnIsRead()
    {
        var bytes = Xlsx(sheet => sheet.Cell("A1").SetValue("Read me first"), workbook =>
        {
            var hidden = workbook.AddWorksheet("Lookups");
            hidden.Cell("A1").SetValue("Job title");
            hidden.Cell("A2").SetValue("Hidden Role");
            hidden.Hide();
            var roles = workbook.AddWorksheet("Establishment");
            roles.Cell("B3").SetValue("Post title");
            roles.Cell("C3").SetValue("Directorate");
            roles.Cell("B4").SetValue("Cleaner");
            roles.Cell("C4").SetValue("Resources");
        });

        var preview = Read(bytes, "roles.xlsx");

        Assert.Equal("Establishment", preview.SheetName);
        Assert.Equal(3, preview.HeaderRowNumber);
        var row = preview.Single();
        Assert.Equal((4, "Cleaner", "Resources"), (row.RowNumber, row.Title, row.ServiceArea));
        Assert.Equal(new DetectedColumn(RoleField.Title, "Post title", 2), preview.Columns[0]);
        Assert.Equal("B", preview.Columns[0].ColumnLetter);
        Assert.Contains(preview.FileWarnings, w => w.Contains("\"Establishment\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Workbook_NoTitleColumn_NamesTheHeadersOfTheFirstSheet()
    {
        var bytes = Xlsx(["Employee", "Cost centre"], ["1001", "R100"]);

        var preview = Read(bytes, "roles.xlsx");

        Assert.StartsWith("No job title column was found. The first row has: \"Employee\", \"Cost centre\".", preview.FileError);
    }

    [Fact]
    public void Workbook_HeaderOnly_IsAFileError()
    {
        var preview = Read(Xlsx(["Job title", "Grade"]), "roles.xlsx");

        Assert.Equal("The file has a header row (row 1) but no roles under it.", preview.FileError);
    }

    [Fact]
    public void Workbook_Empty_IsAFileError()
    {
        var preview = Read(Xlsx(_ => { }), "roles.xlsx");

        Assert.Equal("The file has no rows with anything in them.", preview.FileError);
    }
}
