using System.Text;
using static RoleMapper.Core.Tests.Workspace.RoleFiles.RoleFiles;

namespace RoleMapper.Core.Tests.Workspace.RoleFiles;

/// <summary>The CSVs councils really send: Excel's encodings and separators, quotes, blank lines, headers lower down.</summary>
public sealed class CsvReadingTests
{
    [Fact]
    public void Csv_WithHeader_ReadsEveryColumnAndNumbersRowsAsExcelDoes()
    {
        var preview = ReadCsv("""
            Job title,Service area,Department,Job family,Grade,Headcount,FTE,Notes
            Refuse Loader,Environment,Waste,Operational,Grade 3,42,38.5,Early starts
            Planning Officer,Place,Development Management,Professional,Grade 9,6,5.6,
            """);

        Assert.Null(preview.FileError);
        Assert.Equal(1, preview.HeaderRowNumber);
        Assert.Equal(Enum.GetValues<RoleField>(), preview.Columns.Select(c => c.Field));
        Assert.Equal([2, 3], preview.Rows.Select(r => r.RowNumber));
        var loader = preview.Rows[0];
        Assert.Equal(("Refuse Loader", "Environment", "Waste", "Operational", "Grade 3"),
            (loader.Title, loader.ServiceArea, loader.Department, loader.JobFamily, loader.Grade));
        Assert.Equal(42, loader.Headcount);
        Assert.Equal(38.5m, loader.Fte);
        Assert.Equal("Early starts", loader.Notes);
        Assert.Null(preview.Rows[1].Notes);
        Assert.All(preview.Rows, r => Assert.Empty(r.Problems));
        Assert.Equal(2, preview.ImportableCount);
    }

    [Theory]
    [InlineData("Job title;Service area;Headcount\nOfficer, Planning;Place;3\n")]
    [InlineData("Job title\tService area\tHeadcount\nOfficer, Planning\tPlace\t3\n")]
    [InlineData("Job title,Service area,Headcount\n\"Officer, Planning\",Place,3\n")]
    public void Csv_AnyCommonSeparator_IsDetected(string text)
    {
        var row = ReadCsv(text).Single();

        Assert.Equal(("Officer, Planning", "Place", 3), (row.Title, row.ServiceArea, row.Headcount));
    }

    [Fact]
    public void Csv_ExcelSeparatorLine_IsHonoured()
    {
        var row = ReadCsv("sep=;\nJob title;Service area\nLibrary Assistant;Libraries\n").Single();

        Assert.Equal(("Library Assistant", "Libraries"), (row.Title, row.ServiceArea));
    }

    [Fact]
    public void Csv_Utf8ByteOrderMark_IsNotPartOfTheFirstHeader()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Job title,Grade\nCaretaker,Grade 2\n")).ToArray();

        var preview = Read(bytes);

        Assert.Equal("Job title", preview.Columns[0].Header);
        Assert.Equal("Caretaker", preview.Single().Title);
    }

    [Fact]
    public void Csv_Windows1252FromExcel_KeepsPoundSignsAndCurlyQuotes()
    {
        var bytes = Windows1252.GetBytes("Job title,Notes\n\u201CSenior\u201D Revenues Officer,\"Market supplement \u00A32,000 \u2013 review\"\n");

        var row = Read(bytes).Single();

        Assert.Equal("\u201CSenior\u201D Revenues Officer", row.Title);
        Assert.Equal("Market supplement \u00A32,000 \u2013 review", row.Notes);
    }

    [Fact]
    public void Csv_Utf16FromExcelUnicodeText_IsRead()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Job title\tService area\nCare Worker\tAdult Social Care\n")).ToArray();

        var row = Read(bytes, "roles.txt").Single();

        Assert.Equal(("Care Worker", "Adult Social Care"), (row.Title, row.ServiceArea));
    }

    [Fact]
    public void Csv_QuotedNewlines_StayInOneRowAndLaterRowsKeepTheirNumbers()
    {
        var preview = ReadCsv("Job title,Notes\n\"Senior Social\nWorker\",\"Line one\nLine two\"\nOccupational Therapist,x\n");

        Assert.Equal([2, 3], preview.Rows.Select(r => r.RowNumber));
        Assert.Equal("Senior Social Worker", preview.Rows[0].Title);
        Assert.Equal("Line one\nLine two", preview.Rows[0].Notes);
        Assert.Equal("Occupational Therapist", preview.Rows[1].Title);
    }

    [Fact]
    public void Csv_BlankLines_AreSkippedButCountInRowNumbers()
    {
        var preview = ReadCsv("Job title\nGardener\n\n,\n   \nPark Ranger\n");

        Assert.Equal([(2, "Gardener"), (6, "Park Ranger")], preview.Rows.Select(r => (r.RowNumber, r.Title)));
    }

    [Fact]
    public void Csv_HeaderBelowATitleBlock_IsFoundAndTheRowsAboveAreReported()
    {
        var preview = ReadCsv("Establishment list,,\nExported 01/04/2026,,\n,,\nPost title,Directorate,Band\nCleaner,Resources,1\n");

        Assert.Equal(4, preview.HeaderRowNumber);
        var row = preview.Single();
        Assert.Equal((5, "Cleaner", "Resources", "1"), (row.RowNumber, row.Title, row.ServiceArea, row.Grade));
        Assert.Contains(preview.FileWarnings, w => w.Contains("row 4", StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_UnclosedQuote_IsAFileErrorNamingTheRow()
    {
        var preview = ReadCsv("Job title,Notes\nGardener,ok\n\"Park Ranger,never closed\nCleaner,x\nCaretaker,y\n");

        Assert.Contains("row 3", preview.FileError);
        Assert.Contains("never closed", preview.FileError);
        Assert.Empty(preview.Rows);
    }

    [Fact]
    public void Csv_TextAfterAClosingQuote_IsReadWithAWarningOnThatRow()
    {
        var preview = ReadCsv("Job title,Notes\nGardener,ok\n\"Park\" Ranger,x\nCleaner,y\n");

        Assert.Equal([2, 3, 4], preview.Rows.Select(r => r.RowNumber));
        Assert.Equal("Park Ranger", preview.Rows[1].Title);
        Assert.Contains(preview.Rows[1].Messages(ProblemSeverity.Warning), m => m.Contains("closing quote", StringComparison.Ordinal));
        Assert.True(preview.Rows[1].IsImportable);
        Assert.Empty(preview.Rows[0].Problems);
        Assert.Empty(preview.Rows[2].Problems);
    }
}
