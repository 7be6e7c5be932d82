using RoleMapper.Search.Analysis;

namespace RoleMapper.Search.Matching;

/// <summary>
/// The role words of data/matching/role-words.csv ("officer", "advisor", "assistant"): the last word of a title says
/// what kind of role it is, and a standard that names the same subject with a similar role word fits in part.
/// </summary>
internal sealed class RoleWords
{
    private readonly Dictionary<string, string[]> similar;

    public RoleWords(TitleAnalyzer analyzer)
    {
        var rows = MatchingData.ReadCsv(MatchingData.RoleWords)
            .Select(r => (Stem: Tokens.Of(analyzer, r[0]) is [var only] ? only.Term : r[0], Written: r[0], Group: r[1]))
            .ToList();
        similar = rows.GroupBy(r => r.Stem, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => rows.Where(o => g.Any(r => r.Group == o.Group) && o.Stem != g.Key).Select(o => o.Written).Distinct().ToArray(),
            StringComparer.Ordinal);
    }

    /// <summary>Written role words similar to the role word with this stem; empty for a word that is not a role word.</summary>
    public IReadOnlyList<string> SimilarTo(string stem) => similar.TryGetValue(stem, out var words) ? words : [];
}
