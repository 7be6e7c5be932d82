using RoleMapper.Core.Programme;

namespace RoleMapper.Core.Tests.Programme;

public sealed class FinancialYearTests
{
    [Theory]
    [InlineData("2026-27", 2026)]
    [InlineData(" 2026/27 ", 2026)]
    [InlineData("2026-2027", 2026)]
    [InlineData("2098-99", 2098)]
    public void TryParse_TheWaysCouncilsWriteAYear(string text, int start)
    {
        Assert.True(FinancialYear.TryParse(text, out var year));
        Assert.Equal(start, year!.Value.StartYear);
    }

    [Theory]
    [InlineData("2026-28")]
    [InlineData("2026")]
    [InlineData("26-27")]
    [InlineData("=2026-27")]
    [InlineData("2016-17")]
    [InlineData("2099-00")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_RefusesWhatIsNotAFinancialYear(string? text) => Assert.False(FinancialYear.TryParse(text, out _));

    [Fact]
    public void Of_AprilStartsTheYear()
    {
        Assert.Equal("2025-26", FinancialYear.Of(new DateOnly(2026, 3, 31)).ToString());
        Assert.Equal("2026-27", FinancialYear.Of(new DateOnly(2026, 4, 1)).ToString());
    }
}
