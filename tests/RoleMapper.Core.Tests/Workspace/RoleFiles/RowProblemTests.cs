using static RoleMapper.Core.Tests.Workspace.RoleFiles.RoleFiles;

namespace RoleMapper.Core.Tests.Workspace.RoleFiles;

/// <summary>What makes a row unsaveable (errors) or worth a look (warnings), and the messages people see.</summary>
public sealed class RowProblemTests
{
    [Fact]
    public void EmptyTitle_RowIsSkippedWithAMessage()
    {
        var preview = ReadCsv("Job title,Service area\n,Waste\nCleaner,Facilities\n");

        var empty = preview.Rows[0];
        Assert.Equal((2, ""), (empty.RowNumber, empty.Title));
        Assert.False(empty.IsImportable);
        Assert.Equal(["The job title is empty, so the row was skipped."], empty.Messages(ProblemSeverity.Error));
        Assert.True(preview.Rows[1].IsImportable);
        Assert.Equal((1, 1), (preview.ImportableCount, preview.ErrorRowCount));
    }

    [Fact]
    public void TitleOver200Characters_IsAnError()
    {
        var preview = ReadCsv($"Job title\n{new string('a', 200)}\n{new string('b', 201)}\n");

        Assert.True(preview.Rows[0].IsImportable);
        Assert.Equal(["The job title is 201 characters long; the most is 200."], preview.Rows[1].Messages(ProblemSeverity.Error));
    }

    [Fact]
    public void NotesOverTheLimit_AreAnError()
    {
        var row = ReadCsv($"Job title,Notes\nCleaner,{new string('n', 2001)}\n").Single();

        Assert.Equal(["The notes are 2,001 characters long; the most is 2,000."], row.Messages(ProblemSeverity.Error));
    }

    [Theory]
    [InlineData("12", 12)]
    [InlineData(" 7 ", 7)]
    [InlineData("1,200", 1200)]
    [InlineData("0", 0)]
    [InlineData("100000", 100000)]
    [InlineData("3.0", 3)]
    [InlineData("", null)]
    public void Headcount_GoodValues_AreRead(string text, int? expected)
    {
        var row = ReadCsv($"Job title,Headcount\nCleaner,\"{text}\"\n").Single();

        Assert.Equal(expected, row.Headcount);
        Assert.Empty(row.Problems);
    }

    [Theory]
    [InlineData("twelve", "Headcount \"twelve\" is not a number.")]
    [InlineData("n/a", "Headcount \"n/a\" is not a number.")]
    [InlineData("0,5", "Headcount \"0,5\" is not a number.")]
    [InlineData("12 posts", "Headcount \"12 posts\" is not a number.")]
    [InlineData("-3", "Headcount -3 is negative.")]
    [InlineData("100001", "Headcount 100001 is more than 100,000; check the column holds numbers of posts.")]
    [InlineData("2.5", "Headcount 2.5 is not a whole number; put part-time figures in a column headed \"FTE\".")]
    public void Headcount_BadValues_AreErrorsAndLeaveItEmpty(string text, string message)
    {
        var row = ReadCsv($"Job title,Headcount\nCleaner,\"{text}\"\n").Single();

        Assert.Null(row.Headcount);
        Assert.False(row.IsImportable);
        Assert.Equal([message], row.Messages(ProblemSeverity.Error));
    }

    [Theory]
    [InlineData("2.6", 2.6)]
    [InlineData("0.5", 0.5)]
    [InlineData("14", 14)]
    public void Fte_FractionsAreFine(string text, double expected)
    {
        var row = ReadCsv($"Job title,FTE\nCleaner,{text}\n").Single();

        Assert.Equal((decimal)expected, row.Fte);
        Assert.Empty(row.Problems);
    }

    [Fact]
    public void Fte_Negative_IsAnError()
    {
        var row = ReadCsv("Job title,FTE\nCleaner,-0.5\n").Single();

        Assert.Equal(["FTE -0.5 is negative."], row.Messages(ProblemSeverity.Error));
    }

    [Fact]
    public void DuplicateInFile_IsFlaggedOnTheLaterRowWithTheFirstRowNumber()
    {
        var preview = ReadCsv("""
            Job title,Service area
            Planning Officer,Planning
            Planning Officer,Housing
            Caretaker,Schools
            planning  OFFICER , PLANNING
            """);

        Assert.Equal([true, true, true, false], preview.Rows.Select(r => r.IsImportable));
        var repeat = preview.Rows[3];
        Assert.Equal(5, repeat.RowNumber);
        Assert.Equal(["Duplicate of row 2: the same job title and service area."], repeat.Messages(ProblemSeverity.Error));
    }

    [Fact]
    public void DuplicateInFile_WithOnlyADepartmentColumn_UsesTheDepartment()
    {
        var preview = ReadCsv("Job title,Department\nTeam Leader,Reablement\nTeam Leader,Hospital Discharge\nTeam Leader,Reablement\n");

        Assert.Equal([true, true, false], preview.Rows.Select(r => r.IsImportable));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"Click\")")]
    [InlineData("+44 20 7946 0000")]
    [InlineData("-1")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("=1+1")]
    public void FormulaLikeText_IsKeptAsPlainText(string text)
    {
        var csvField = "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

        var row = ReadCsv($"Job title,Notes\n{csvField},{csvField}\n").Single();

        Assert.Equal(text, row.Title);
        Assert.Equal(text, row.Notes);
        Assert.Empty(row.Problems);
    }

    [Fact]
    public void LeadingTabOrCarriageReturn_BeforeAFormula_IsStrippedAndTheRestKeptAsText()
    {
        var row = ReadCsv("Job title,Grade\n\"\t=cmd|' /C calc'!A0\",\"\r@SUM(1)\"\n").Single();

        Assert.Equal("=cmd|' /C calc'!A0", row.Title);
        Assert.Equal("@SUM(1)", row.Grade);
    }

    [Fact]
    public void ControlAndInvisibleCharacters_AreStrippedAndSpacesTidied()
    {
        var row = ReadCsv("Job title,Service area\n\"  Library\u0007 \u200BAssistant\u202E  \",\"Culture\u00A0 and\tLeisure\"\n").Single();

        Assert.Equal(("Library Assistant", "Culture and Leisure"), (row.Title, row.ServiceArea));
    }

    [Fact]
    public void RoleKey_IgnoresCaseAndSpacing()
    {
        Assert.Equal(new RoleKey(" Social  Worker ", "ADULTS", null), new RoleKey("social worker", "adults", null));
        Assert.NotEqual(new RoleKey("Social Worker", "Adults", null), new RoleKey("Social Worker", "Children", null));
        Assert.Equal(new RoleKey("Cleaner", null, null), new RoleKey("Cleaner", "  ", null));
        // With no service area the department tells roles apart; a service area, when there is one, decides.
        Assert.NotEqual(new RoleKey("Planning Officer", null, "Policy"), new RoleKey("Planning Officer", null, "Development"));
        Assert.Equal(new RoleKey("Planning Officer", "Planning", "Policy"), new RoleKey("Planning Officer", "Planning", "Development"));
    }
}
