namespace RoleMapper.Core.Tests.Maturity;

public sealed class EvidenceLinksTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("https://intranet.example/workforce-plan", 1)]
    [InlineData(" https://a.example/1 \r\n\r\nhttp://b.example/2?x=1#p \n", 2)]
    // The same link twice is kept once.
    [InlineData("https://a.example/1\nhttps://a.example/1", 1)]
    public void GoodLinks_AreKeptOneALine(string text, int count)
    {
        var (links, error) = EvidenceLinks.Parse(text);

        Assert.Null(error);
        Assert.Equal(count, links.Count);
        Assert.All(links, l => Assert.StartsWith("http", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("ftp://files.example/plan.pdf")]
    [InlineData("intranet.example/plan")]
    [InlineData("/local/path")]
    [InlineData("https://")]
    [InlineData("https://a.example/1 and some words")]
    [InlineData("https://a.example/ok\nmailto:hr@council.example")]
    public void OtherAddresses_AreRefused(string text)
    {
        var (links, error) = EvidenceLinks.Parse(text);

        Assert.Empty(links);
        Assert.StartsWith("Enter each link as a full web address starting with https://", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TooManyOrTooLongLinks_AreRefused()
    {
        var eleven = string.Join('\n', Enumerable.Range(1, 11).Select(i => $"https://a.example/{i}"));
        var tooLong = "https://a.example/" + new string('x', 500);

        Assert.Equal("Give 10 links or fewer", EvidenceLinks.Parse(eleven).Error);
        Assert.Equal("Enter links of 500 characters or fewer", EvidenceLinks.Parse(tooLong).Error);
    }
}
