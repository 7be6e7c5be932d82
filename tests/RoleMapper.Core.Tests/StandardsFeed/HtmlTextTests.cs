namespace RoleMapper.Core.Tests.StandardsFeed;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("Plain text", "Plain text")]
    [InlineData("A&amp;nbsp;B", "A B")]
    [InlineData("&lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two&lt;/p&gt;", "One\nTwo")]
    [InlineData("&lt;div&gt;Typical Job Roles: Software&amp;nbsp;&lt;span&gt;D&lt;/span&gt;&lt;span&gt;ev&lt;/span&gt;eloper.&lt;/div&gt;", "Typical Job Roles: Software Developer.")]
    [InlineData("&lt;p&gt;Unclosed &lt;b&gt;bold", "Unclosed bold")]
    [InlineData("&lt;script&gt;alert(1)&lt;/script&gt;Text", "Text")]
    [InlineData("Line&lt;br&gt;break", "Line\nbreak")]
    public void ToPlainText_DecodesThenStrips(string? input, string expected) =>
        Assert.Equal(expected, HtmlText.ToPlainText(input));
}
