namespace RoleMapper.Core.Matching;

/// <summary>
/// Suggests apprenticeship standards for a council job title: ranked candidates, each with a confidence and a reason a
/// person can read. Implemented by the Search project's Lucene matcher; the workspace, the pages and the command line
/// know only this, so Core's use cases can be tested with a fake. Thread-safe; it never writes anything.
/// </summary>
public interface IStandardMatcher
{
    /// <summary>Longer titles are cut before matching: no real job title needs more, and it bounds one request's work.</summary>
    const int MaxTitleLength = 200;

    /// <summary>
    /// The standards that fit <paramref name="title"/>, best first. An empty or unreadable title gets no candidates and
    /// a <see cref="MatchResult.Problem"/> to show; it never throws for bad input.
    /// </summary>
    MatchResult Match(string? title, MatchOptions? options = null);
}
