using RoleMapper.Core.Standards;

namespace RoleMapper.Core.Tests.Standards;

public sealed class StandardVersionNumberTests
{
    [Theory]
    [InlineData("1.10", "1.9")]
    [InlineData("2.0", "1.99")]
    [InlineData("1.2", "1.1")]
    [InlineData("10.0", "9.9")]
    public void Versions_CompareNumerically(string newer, string older)
    {
        Assert.True(StandardVersionNumber.TryParse(newer, out var a));
        Assert.True(StandardVersionNumber.TryParse(older, out var b));
        Assert.True(a > b);
        Assert.True(b < a);
    }

    [Theory]
    [InlineData("1.0", 1, 0)]
    [InlineData("V0.0", 0, 0)]
    [InlineData(" 1.2 ", 1, 2)]
    public void TryParse_ReadsValidVersions(string text, int major, int minor)
    {
        Assert.True(StandardVersionNumber.TryParse(text, out var version));
        Assert.Equal(new StandardVersionNumber(major, minor), version);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("1.2.3")]
    [InlineData("one.two")]
    [InlineData("-1.0")]
    public void TryParse_RejectsOtherText(string? text) =>
        Assert.False(StandardVersionNumber.TryParse(text, out _));
}
