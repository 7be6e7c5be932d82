namespace RoleMapper.Search.Tests.Matching;

/// <summary>Whatever is typed, the matcher answers with a message or a (possibly empty) list, never an exception.</summary>
[Collection(SnapshotCollection.Name)]
public class BadInputTests(SnapshotIndex snapshot)
{
    public static TheoryData<string?> Inputs => new()
    {
        null,
        "",
        "   \t\r\n ",
        new string('x', 10_000),
        string.Concat(Enumerable.Repeat("Social Worker ", 800)),
        "title:(AND",
        "*?~^",
        "\"Social Worker",
        "Care Worker\" OR \"",
        "+-&&||!(){}[]^\"~*?:\\/",
        "\U0001F469\u200D\u2695\uFE0F",
        "Carer \U0001F60A",
        "社会工作者",
        "Социальный работник",
        "عامل اجتماعي",
        "Care\u0000Worker\u0001\u001B[31m",
        "\uFEFF\u200B\u202E",
        "(065392)",
        "Senior",
        "%s %n {0} <script>alert(1)</script>",
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void AnyInput_NeverThrows(string? title)
    {
        var result = snapshot.Match(title!);
        Assert.NotNull(result.Candidates);
        Assert.True(result.Problem is null || result.Candidates.Count == 0);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void EmptyTitle_AsksForOne(string? title) =>
        Assert.Equal("Enter a job title.", snapshot.Match(title!).Problem);

    [Theory]
    [InlineData("(065392)")]
    [InlineData("\U0001F469\u200D\u2695\uFE0F")]
    [InlineData("*?~^")]
    public void ATitleWithNothingToMatch_SaysSo(string title) =>
        Assert.Equal("The title has no words that can be matched.", snapshot.Match(title).Problem);

    [Fact]
    public void AVeryLongTitle_IsCutAndStillMatched()
    {
        var result = snapshot.Match("Social Worker " + new string('x', 10_000));
        Assert.True(result.Title.Length <= StandardMatcher.MaxTitleLength);
        Assert.Equal("ST0510", result.Best?.Reference);
    }

    [Fact]
    public void LuceneSyntax_IsReadAsPlainWords()
    {
        // No query parser sees the title: the colon splits off a qualifier, brackets and wildcards are punctuation.
        Assert.Equal("title (social and worker)", snapshot.Match("title:(Social AND Worker*)").NormalisedTitle);
        Assert.Equal("ST0510", snapshot.Match("Social Worker*~^").Best?.Reference);
    }

    [Fact]
    public void NonLatinScript_FindsNothingQuietly()
    {
        var result = snapshot.Match("社会工作者");
        Assert.Null(result.Problem);
        Assert.DoesNotContain(result.Candidates, c => c.Confidence != Confidence.Low);
    }
}
