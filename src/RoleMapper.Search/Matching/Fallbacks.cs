using RoleMapper.Search.Analysis;
using RoleMapper.Search.Indexing;

namespace RoleMapper.Search.Matching;

/// <summary>
/// The general standards of <c>data/matching/fallback-standards.csv</c>, offered by the role word of a title (its last
/// word: "officer", "assistant") when nothing fits well: "Electoral Services Officer" has no standard of its own, and HR
/// teams map such roles to Public service operational delivery officer or Business administrator.
/// </summary>
internal sealed class Fallbacks
{
    /// <summary>Fallbacks come in only when the best real match scores below this (below Medium).</summary>
    public const float BestBelow = 0.5f;
    /// <summary>A best match below this is a guess from a word or two: the fallbacks go first.</summary>
    public const float LeadBelow = 0.4f;

    private readonly Dictionary<string, List<string>> byRoleStem = new(StringComparer.Ordinal);

    public Fallbacks(TitleAnalyzer analyzer)
    {
        foreach (var row in MatchingData.ReadCsv(MatchingData.FallbackStandards))
        {
            var stem = Tokens.Of(analyzer, row[0]) is [var only] ? only.Term : row[0];
            if (!byRoleStem.TryGetValue(stem, out var titles))
            {
                byRoleStem[stem] = titles = [];
            }
            titles.Add(row[1]);
        }
    }

    public IEnumerable<string> StandardTitles => byRoleStem.Values.SelectMany(t => t).Distinct();

    /// <summary>The fallback standards for the role word of the job (its last word), best first.</summary>
    public IEnumerable<StandardEntry> For(JobQuery job, StandardsSearcher searcher, MatchOptions options)
    {
        if (job.Slots.Count == 0 || !byRoleStem.TryGetValue(job.Slots[^1].Stems[^1], out var titles))
        {
            return [];
        }
        return titles
            .Select(t => searcher.ByTitle.TryGetValue(t, out var entry) ? entry : null)
            .OfType<StandardEntry>()
            .Where(e => CandidateQuery.Allows(options, e));
    }
}
