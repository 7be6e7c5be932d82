using RoleMapper.Search.Titles;

namespace RoleMapper.Search.Tests.Titles;

public class TitleTextTests
{
    [Theory]
    [InlineData("  Social\tWorker \r\n", "Social Worker")]
    [InlineData("Children\u2019s Social Worker", "Children's Social Worker")]
    [InlineData("Site Manager \u2013 Schools", "Site Manager - Schools")]
    [InlineData("Care\u0000 Worker\u0007", "Care Worker")]
    [InlineData("\uFF33\uFF4F\uFF43\uFF49\uFF41\uFF4C Worker", "Social Worker")]
    public void Clean_MakesInputPlain(string raw, string expected) =>
        Assert.Equal(expected, TitleText.Clean(raw));

    [Fact]
    public void Emoji_AreTakenOut()
    {
        var cleaned = TitleText.Clean("Carer \U0001F469\u200D\u2695\uFE0F \u2B50");
        Assert.StartsWith("Carer", cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("\U0001F469", cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2B50", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void VeryLongTitle_IsCutAtAWord()
    {
        var cleaned = TitleText.Clean(string.Concat(Enumerable.Repeat("Officer ", 1500)));
        Assert.InRange(cleaned.Length, 100, TitleText.MaxLength);
        Assert.EndsWith("Officer", cleaned, StringComparison.Ordinal);
    }
}
