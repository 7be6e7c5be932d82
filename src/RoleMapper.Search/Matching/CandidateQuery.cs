using Lucene.Net.Index;
using Lucene.Net.Search;
using RoleMapper.Search.Indexing;

namespace RoleMapper.Search.Matching;

/// <summary>
/// The Lucene query that finds the candidates to score: any reading of any title word in the standards' names (title,
/// job titles, keywords) or, for words no name has, their overviews; the whole job as one exact token above all; and the
/// filters of <see cref="MatchOptions"/>. Lucene's ranking only picks the pool; <see cref="CandidateScorer"/> orders it.
/// </summary>
internal static class CandidateQuery
{
    private const float ExactBoost = 10f;
    private const float NamesBoost = 2.5f;
    private const float TextBoost = 0.3f;
    /// <summary>Words weighing less are in hundreds of names ("officer", "manager", "assistant").</summary>
    private const float CommonWordWeight = ConfidenceBands.GenericWeight;

    public static Query Build(TitleQuery query, MatchOptions options, StandardsSearcher searcher, bool commonWords = false)
    {
        var vocabulary = searcher.Vocabulary;
        var words = new BooleanQuery();
        var added = new HashSet<(string, int)>();
        foreach (var job in query.Jobs)
        {
            if (job.ExactKey.Length > 0)
            {
                var exact = searcher.TermQuery(StandardsIndexSchema.Exact, job.ExactKey);
                exact.Boost = ExactBoost;
                words.Add(exact, Occur.SHOULD);
            }
            // Similar role words only adjust the score of standards the subject words found: as search terms
            // ("officer", "adviser", "practitioner"...) they would match half the index and slow every search.
            // Likewise a common word ("officer") finds candidates only when the job has no rarer word to find them by.
            var hasRareWord = !commonWords && job.Slots.Any(s => s.Options[0].Terms.Any(t => vocabulary.InNames(t) && vocabulary.Weight(t) >= CommonWordWeight));
            foreach (var option in job.Slots.SelectMany(s => s.Options).Where(o => o.Written != TitleQueryBuilder.SimilarRole))
            {
                foreach (var term in option.Terms)
                {
                    if (term < 0 || (hasRareWord && vocabulary.Weight(term) < CommonWordWeight))
                    {
                        continue;
                    }
                    if (vocabulary.InNames(term))
                    {
                        AddTerm(words, added, StandardsIndexSchema.Names, term, NamesBoost * option.Factor, searcher);
                    }
                    else
                    {
                        // Descriptions are searched only for words no name uses ("lifeguard"): for other words the names
                        // find the candidates, and description hits of common words would only flood the pool.
                        AddTerm(words, added, StandardsIndexSchema.Text, term, TextBoost * option.Factor, searcher);
                    }
                }
            }
        }
        var all = new BooleanQuery { { words, Occur.MUST } };
        AddFilters(all, options);
        return all;
    }

    /// <summary>The query for the default options (approved standards, any level and route) needs no filter clauses:
    /// the searcher's cached approved-only filter does it faster.</summary>
    public static bool UsesCachedFilter(MatchOptions options) =>
        !options.IncludeRetired && options.MinLevel is null && options.MaxLevel is null && options.Routes is not { Count: > 0 };

    public static Query Words(TitleQuery query, StandardsSearcher searcher, bool commonWords = false)
    {
        var all = (BooleanQuery)Build(query, new MatchOptions { IncludeRetired = true }, searcher, commonWords);
        return all.Clauses[0].Query;
    }

    private static void AddTerm(BooleanQuery words, HashSet<(string, int)> added, string field, int term, float boost, StandardsSearcher searcher)
    {
        if (added.Add((field, term)))
        {
            var query = searcher.TermQuery(field, searcher.Vocabulary.Stem(term));
            query.Boost = boost;
            words.Add(query, Occur.SHOULD);
        }
    }

    private static void AddFilters(BooleanQuery query, MatchOptions options)
    {
        if (!options.IncludeRetired)
        {
            query.Add(new TermQuery(new Term(StandardsIndexSchema.Approved, "true")), Occur.MUST);
        }
        if (options.MinLevel is not null || options.MaxLevel is not null)
        {
            query.Add(NumericRangeQuery.NewInt32Range(StandardsIndexSchema.Level, options.MinLevel, options.MaxLevel, true, true), Occur.MUST);
        }
        if (options.Routes is { Count: > 0 } routes)
        {
            var anyRoute = new BooleanQuery();
            foreach (var route in routes)
            {
                anyRoute.Add(new TermQuery(new Term(StandardsIndexSchema.Route, route)), Occur.SHOULD);
            }
            query.Add(anyRoute, Occur.MUST);
        }
    }

    /// <summary>The same filters for a standard brought in by name (the leadership standards).</summary>
    public static bool Allows(MatchOptions options, StandardEntry entry) =>
        (options.IncludeRetired || entry.IsApproved)
        && (options.MinLevel is not { } min || entry.Level >= min)
        && (options.MaxLevel is not { } max || entry.Level <= max)
        && (options.Routes is not { Count: > 0 } routes || routes.Contains(entry.Route));
}
