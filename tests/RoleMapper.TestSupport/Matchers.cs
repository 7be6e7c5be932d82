using Moq;
using RoleMapper.Core.Matching;

namespace RoleMapper.TestSupport;

/// <summary>
/// Fakes of the matcher for tests of Core's use cases, which are about what the workspace does with suggestions, not
/// about which standard fits a title (the Search project's tests are). Unless told otherwise a fake finds nothing.
/// </summary>
public static class Matchers
{
    public static Mock<IStandardMatcher> Fake()
    {
        var matcher = new Mock<IStandardMatcher>();
        matcher.Setup(m => m.Match(It.IsAny<string?>(), It.IsAny<MatchOptions?>()))
            .Returns((string? title, MatchOptions? _) => new MatchResult(title ?? "", []));
        return matcher;
    }

    /// <summary>Makes the fake answer <paramref name="title"/> with these standards, best first, as many as asked for.</summary>
    public static Mock<IStandardMatcher> Suggests(this Mock<IStandardMatcher> matcher, string title, params MatchCandidate[] candidates)
    {
        matcher.Setup(m => m.Match(title, It.IsAny<MatchOptions?>()))
            .Returns((string? asked, MatchOptions? options) => new MatchResult(asked!, candidates.Take(options?.Top ?? new MatchOptions().Top).ToList()));
        return matcher;
    }

    /// <summary>A candidate with plausible facts; only the reference, confidence and reason matter to the workspace.</summary>
    public static MatchCandidate Candidate(string reference, Confidence confidence = Confidence.High, string reason = "title words") =>
        new(reference, "1.0", $"Standard {reference}", 3, "Business and administration", 12, 5000, IsApproved: true, 0.9f, confidence, reason);
}
