using RoleMapper.Search.Matching;
using RoleMapper.Search.RoleMap;
using RoleMapper.Search.Titles;

namespace RoleMapper.Search.Ranking;

/// <summary>
/// Every candidate for one title, best first, each with its features and probability; or the problem that stopped the
/// match ("Enter a job title."). The fitting tool learns from these; <see cref="StandardMatcher.Match(string?, MatchOptions?)"/>
/// shows the first few.
/// </summary>
/// <param name="NoStandard">The role of the sector role map that says no standard fits this title, when the title is one.</param>
internal sealed record RankedTitle(
    string Cleaned,
    string Reading,
    string? Problem,
    ParsedTitle? Parsed,
    TitleQuery? Query,
    IReadOnlyList<ScoredStandard> Candidates,
    KnownTitle? NoStandard)
{
    public static RankedTitle Failed(string cleaned, string reading, string problem) => new(cleaned, reading, problem, null, null, [], null);
}
