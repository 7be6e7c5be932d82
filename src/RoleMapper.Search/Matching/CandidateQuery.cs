using Lucene.Net.Index;
using Lucene.Net.Search;
using RoleMapper.Search.Indexing;

namespace RoleMapper.Search.Matching;

/// <summary>
/// The Lucene query that finds the candidates to score: any reading of any title word in the title, job titles,
/// keywords or overview (boosted in that order, as DfE does), the whole job as one exact token above all, and the
/// filters of <see cref="MatchOptions"/>. Lucene's ranking only picks the pool; <see cref="CandidateScorer"/> orders it.
/// </summary>
internal static class CandidateQuery
{
    private const float ExactBoost = 10f;
    private const float TitleBoost = 3f;
    private const float JobTitleBoost = 2.5f;
    private const float KeywordBoost = 1.5f;
    private const float TextBoost = 0.3f;

    public static Query Build(TitleQuery query, MatchOptions options, Vocabulary vocabulary)
    {
        var words = new BooleanQuery();
        var added = new HashSet<(string, int)>();
        foreach (var job in query.Jobs)
        {
            if (job.ExactKey.Length > 0)
            {
                words.Add(new TermQuery(new Term(StandardsIndexSchema.Exact, job.ExactKey)) { Boost = ExactBoost }, Occur.SHOULD);
            }
            foreach (var option in job.Slots.SelectMany(s => s.Options))
            {
                foreach (var term in option.Terms.Where(t => t >= 0))
                {
                    AddTerm(words, added, StandardsIndexSchema.Title, term, TitleBoost * option.Factor, vocabulary);
                    AddTerm(words, added, StandardsIndexSchema.JobTitles, term, JobTitleBoost * option.Factor, vocabulary);
                    AddTerm(words, added, StandardsIndexSchema.Keywords, term, KeywordBoost * option.Factor, vocabulary);
                    AddTerm(words, added, StandardsIndexSchema.Text, term, TextBoost * option.Factor, vocabulary);
                }
            }
        }
        var all = new BooleanQuery { { words, Occur.MUST } };
        AddFilters(all, options);
        return all;
    }

    private static void AddTerm(BooleanQuery words, HashSet<(string, int)> added, string field, int term, float boost, Vocabulary vocabulary)
    {
        if (added.Add((field, term)))
        {
            words.Add(new TermQuery(new Term(field, vocabulary.Stem(term))) { Boost = boost }, Occur.SHOULD);
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
