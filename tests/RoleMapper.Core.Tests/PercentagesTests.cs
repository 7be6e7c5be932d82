namespace RoleMapper.Core.Tests;

/// <summary>One rounding rule for percentages: whole per cent, rounded down, the same in every place a share is shown.</summary>
public sealed class PercentagesTests
{
    [Theory]
    [InlineData(16, 22, "72%")] // 72.7%: the dashboard said 73% where the evidence said 72%
    [InlineData(270, 311, "86%")] // 86.8%
    [InlineData(29, 100, "29%")] // 0.29 * 100 is 28.999... in binary
    [InlineData(199, 200, "99%")] // not "100%" until every one is
    [InlineData(1, 1, "100%")]
    [InlineData(0, 5, "0%")]
    public void Of_RoundsDownToAWholePerCent(int part, int whole, string expected) =>
        Assert.Equal(expected, Percentages.Of((double)part / whole));

    [Fact]
    public void Of_NothingToDivideBy_IsTheGivenText() => Assert.Equal("–", Percentages.Of(null, "–"));

    [Fact]
    public void Cell_IsTheSameWholePerCent() => Assert.Equal(0.72, Percentages.Cell(16.0 / 22), 10);

    [Fact]
    public void EvidenceText_UsesTheSameRule()
    {
        var figures = new MaturityEvidenceFigures
        {
            Map = new RoleMapper.Core.Export.MapFigures { Roles = 22, RolesConfirmed = 16, Headcount = 311, HeadcountConfirmed = 270 },
        };
        var statement = new MaturityStatement("s", "Roles are mapped", [EvidenceHints.Mapping]);

        var text = Assert.Single(MaturityEvidenceRules.Figures(statement, figures));

        Assert.StartsWith("16 of 22 job roles (72%) have a confirmed apprenticeship standard, 270 of 311 posts (86%);", text, StringComparison.Ordinal);
    }
}
