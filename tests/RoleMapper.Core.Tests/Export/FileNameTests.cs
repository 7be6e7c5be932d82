namespace RoleMapper.Core.Tests.Export;

public sealed class FileNameTests
{
    [Theory]
    [InlineData("Mid Wessex District Council", "RoleMapper - Mid Wessex District Council - 2026-03.xlsx")]
    [InlineData("Bath & North East Somerset Council", "RoleMapper - Bath & North East Somerset Council - 2026-03.xlsx")]
    [InlineData("King's Lynn and West Norfolk", "RoleMapper - King's Lynn and West Norfolk - 2026-03.xlsx")]
    [InlineData("Brighton/Hove: \"City\" <Council>", "RoleMapper - Brighton Hove City Council - 2026-03.xlsx")]
    [InlineData("What*Council?|\\", "RoleMapper - What Council - 2026-03.xlsx")]
    [InlineData("Tab\tand\r\nline  breaks", "RoleMapper - Tab and line breaks - 2026-03.xlsx")]
    [InlineData("  St. Albans.. ", "RoleMapper - St. Albans - 2026-03.xlsx")]
    [InlineData("/:*?", "RoleMapper - Council - 2026-03.xlsx")]
    public void FileName_RemovesWhatAFileNameCannotHold(string council, string expected)
    {
        Assert.Equal(expected, CouncilMapWorkbook.FileName(council, new DateOnly(2026, 3, 31)));
    }

    [Theory]
    [InlineData(2026, 1, 1, "2026-01")]
    [InlineData(2026, 12, 31, "2026-12")]
    [InlineData(999, 7, 4, "0999-07")]
    public void FileName_NamesTheMonthAsYearDashMonth(int year, int month, int day, string expected)
    {
        Assert.EndsWith($" - {expected}.xlsx", CouncilMapWorkbook.FileName("Council", new DateOnly(year, month, day)), StringComparison.Ordinal);
    }
}
