using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace RoleMapper.Search;

/// <summary>
/// Matches a council job title to standards: ranked candidates, each with a confidence and a reason a person can read.
/// This first version scores analysed title words against standard titles, typical job titles and keywords;
/// docs/matching.md describes the current method and its measured quality.
/// </summary>
public sealed class StandardMatcher(StandardsIndex index)
{
    /// <summary>Longer input is cut: no real job title needs more, and it bounds the work one request can cause.</summary>
    public const int MaxTitleLength = 200;
    private const int MaxQueryWords = 20;

    public MatchResult Match(string? title, MatchOptions? options = null)
    {
        options ??= new MatchOptions();
        var cleaned = Clean(title);
        if (cleaned.Length == 0)
        {
            return new MatchResult(title ?? "", [], "Enter a job title.");
        }
        var words = Analyze(cleaned).Distinct().Take(MaxQueryWords).ToList();
        if (words.Count == 0)
        {
            return new MatchResult(cleaned, [], "The title has no words that can be matched.");
        }

        var query = new BooleanQuery();
        var wordsQuery = new BooleanQuery();
        foreach (var word in words)
        {
            wordsQuery.Add(Boosted(StandardsIndexSchema.Title, word, 3f), Occur.SHOULD);
            wordsQuery.Add(Boosted(StandardsIndexSchema.JobTitles, word, 2f), Occur.SHOULD);
            wordsQuery.Add(Boosted(StandardsIndexSchema.Keywords, word, 1f), Occur.SHOULD);
        }
        query.Add(wordsQuery, Occur.MUST);
        AddFilters(query, options);

        var candidates = index.Search(searcher =>
        {
            var top = searcher.Search(query, Math.Clamp(options.Top, 1, 50));
            return top.ScoreDocs.Select(hit => ToCandidate(searcher.Doc(hit.Doc), hit.Score, words)).ToList();
        });
        return new MatchResult(cleaned, candidates);
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

    private MatchCandidate ToCandidate(Document doc, float score, IReadOnlyList<string> queryWords)
    {
        var title = doc.Get(StandardsIndexSchema.Title);
        var titleWords = Analyze(title).ToHashSet();
        var matchedTitleWords = queryWords.Where(titleWords.Contains).ToList();
        var bestJobTitle = doc.GetValues(StandardsIndexSchema.JobTitles)
            .Select(j => (JobTitle: j, Matched: queryWords.Count(Analyze(j).ToHashSet().Contains)))
            .OrderByDescending(j => j.Matched)
            .FirstOrDefault();
        var reason = bestJobTitle.Matched > matchedTitleWords.Count
            ? $"typical job title '{bestJobTitle.JobTitle}'"
            : matchedTitleWords.Count > 0 ? $"title words: {string.Join(", ", matchedTitleWords)}" : "keywords";
        var covered = Math.Max(bestJobTitle.Matched, matchedTitleWords.Count) / (double)queryWords.Count;
        var confidence = covered >= 1 ? Confidence.High : covered >= 0.5 ? Confidence.Medium : Confidence.Low;
        return new MatchCandidate(
            doc.Get(StandardsIndexSchema.Reference),
            doc.Get(StandardsIndexSchema.VersionNumber),
            title,
            doc.GetField(StandardsIndexSchema.Level).GetInt32Value() ?? 0,
            doc.Get(StandardsIndexSchema.Route),
            doc.GetField(StandardsIndexSchema.Duration).GetInt32Value() ?? 0,
            doc.GetField(StandardsIndexSchema.Funding).GetInt32Value() ?? 0,
            doc.Get(StandardsIndexSchema.Approved) == "true",
            score,
            confidence,
            reason);
    }

    private static TermQuery Boosted(string field, string word, float boost) =>
        new(new Term(field, word)) { Boost = boost };

    /// <summary>Words as the index holds them: the same analyzer, so "Workers" meets "worker".</summary>
    private IEnumerable<string> Analyze(string text)
    {
        var words = new List<string>();
        using var stream = index.Analyzer.GetTokenStream(StandardsIndexSchema.Title, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }
        stream.End();
        return words;
    }

    private static string Clean(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return "";
        }
        var text = new string(title.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return text.Length > MaxTitleLength ? text[..MaxTitleLength] : text;
    }
}
