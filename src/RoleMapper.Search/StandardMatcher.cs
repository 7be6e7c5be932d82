using Lucene.Net.Search;
using RoleMapper.Search.Analysis;
using RoleMapper.Search.Indexing;
using RoleMapper.Search.Matching;
using RoleMapper.Search.Occupations;
using RoleMapper.Search.Titles;

namespace RoleMapper.Search;

/// <summary>
/// Matches a council job title to standards: ranked candidates, each with a confidence and a reason a person can read.
/// The title is read (<see cref="TitleParser"/>), turned into weighted words (<see cref="TitleQueryBuilder"/>), a pool
/// of candidates is found with Lucene (<see cref="CandidateQuery"/>) and scored name by name
/// (<see cref="CandidateScorer"/>), then seniority and level move the order. docs/matching.md has the details and figures.
/// Thread-safe, and it never writes anything: logging weak titles is the caller's choice (<c>UnmatchedTitleRecorder</c>).
/// </summary>
public sealed class StandardMatcher : IStandardMatcher
{
    /// <summary>Longer input is cut: no real job title needs more, and it bounds the work one request can cause.</summary>
    public const int MaxTitleLength = TitleText.MaxLength;
    /// <summary>How many candidates Lucene hands to the scorer.</summary>
    private const int CandidatePool = 60;
    /// <summary>Qualifier words ("Taxis") can add this much at most.</summary>
    private const float QualifierWeight = 0.15f;
    /// <summary>How much <see cref="Evidence.Aboutness"/> adds, at most: a tie-breaker.</summary>
    private const float AboutnessWeight = 0.1f;
    /// <summary>Below this a candidate is noise, not a suggestion.</summary>
    private const float MinimumScore = 0.05f;

    private readonly StandardsIndex index;
    private readonly TitleParser parser;
    private readonly TitleQueryBuilder builder;
    private readonly IReadOnlyList<string> leadershipTitles;
    private readonly Fallbacks fallbacks;
    private readonly OccupationGroups? occupations;

    public StandardMatcher(StandardsIndex index)
        : this(index, TitleParser.Load())
    {
    }

    public StandardMatcher(StandardsIndex index, TitleParser parser)
        : this(index, parser, useOccupationGroups: true)
    {
    }

    /// <param name="useOccupationGroups">False only to make data/matching/soc-standards.csv, which must come from the
    /// titles' own words.</param>
    internal StandardMatcher(StandardsIndex index, TitleParser parser, bool useOccupationGroups)
    {
        this.index = index;
        this.parser = parser;
        var analyzer = new TitleAnalyzer();
        var ons = OnsOccupations.Load(parser, analyzer);
        builder = new TitleQueryBuilder(analyzer, Synonyms.Load(), new RoleWords(analyzer), ons.Words);
        fallbacks = new Fallbacks(analyzer);
        occupations = useOccupationGroups ? new OccupationGroups(ons, SocStandards.Load()) : null;
        leadershipTitles = MatchingData.ReadLines(MatchingData.LeadershipStandards);
    }

    /// <summary>
    /// The standards the matcher brings in by title: for executive titles (data/matching/leadership-standards.txt) and
    /// as general fallbacks (fallback-standards.csv). Each should be a title in the feed.
    /// </summary>
    public IEnumerable<string> StandardsNamedInData => leadershipTitles.Concat(fallbacks.StandardTitles).Distinct();

    public MatchResult Match(string? title, MatchOptions? options = null)
    {
        options ??= new MatchOptions();
        if (string.IsNullOrWhiteSpace(title))
        {
            return new MatchResult(title ?? "", [], "Enter a job title.");
        }
        var parsed = parser.Parse(title);
        if (parsed.IsEmpty)
        {
            return new MatchResult(parsed.Cleaned, [], "The title has no words that can be matched.") { NormalisedTitle = parsed.Reading };
        }
        return index.SearchWithTables(searcher => Match(parsed, options, searcher));
    }

    private MatchResult Match(ParsedTitle parsed, MatchOptions options, StandardsSearcher searcher)
    {
        if (parsed.SeniorityWords.Count > 0 && parsed.WholeJobs.Any(job => IsExactName(job, searcher)))
        {
            parsed = parsed.AsWholeJob();
        }
        var query = builder.Build(parsed, searcher);
        if (!query.HasWords && parsed.Lean != SeniorityLean.Executive)
        {
            return new MatchResult(parsed.Cleaned, [], "The title has no words that can be matched.") { NormalisedTitle = query.Reading };
        }
        var scored = new Dictionary<StandardEntry, ScoredStandard>();
        if (query.HasWords)
        {
            var hits = FindCandidates(query, options, searcher, commonWords: false);
            if (hits.Length < CandidatePool / 4)
            {
                // The rare words found little (perhaps only in standards the options leave out): let the common ones in.
                hits = FindCandidates(query, options, searcher, commonWords: true);
            }
            foreach (var hit in hits)
            {
                if (searcher.Entries[hit.Doc] is { } entry)
                {
                    scored[entry] = Score(entry, query);
                }
            }
            occupations?.Apply(scored, query, options, searcher);
            AddGeneralStandards(scored, query, options, searcher);
        }
        if (parsed.Lean == SeniorityLean.Executive)
        {
            BringInLeadership(scored, query, options, searcher);
        }
        var ranked = scored.Values
            .Where(s => s.Score >= MinimumScore)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Entry.Reference, StringComparer.Ordinal)
            .Take(Math.Clamp(options.Top, 1, 50))
            .Select(s => WithEvidence(s, query))
            .ToList();
        var bands = ConfidenceBands.Assign(ranked, query);
        var candidates = ranked.Select((s, i) => ToCandidate(s, bands[i], parsed, GroupName)).ToList();
        return new MatchResult(parsed.Cleaned, candidates) { NormalisedTitle = query.Reading };
    }

    private static ScoreDoc[] FindCandidates(TitleQuery query, MatchOptions options, StandardsSearcher searcher, bool commonWords) =>
        CandidateQuery.UsesCachedFilter(options)
            ? searcher.Search(CandidateQuery.Words(query, searcher, commonWords), searcher.ApprovedOnly, CandidatePool).ScoreDocs
            : searcher.Search(CandidateQuery.Build(query, options, searcher, commonWords), CandidatePool).ScoreDocs;

    /// <summary>The score of a pooled candidate; its evidence is worked out later, and only if it is shown.</summary>
    private static ScoredStandard Score(StandardEntry entry, TitleQuery query)
    {
        var (best, aboutness) = CandidateScorer.Quick(entry, query.Jobs[0]);
        for (var j = 1; j < query.Jobs.Count; j++)
        {
            var other = CandidateScorer.Quick(entry, query.Jobs[j]);
            (best, aboutness) = other.Score > best ? other : (best, aboutness);
        }
        var score = best
            + QualifierWeight * CandidateScorer.Qualifiers(entry, query.Qualifiers)
            + LevelFit.Adjustment(entry.Level, query.Parsed)
            + AboutnessWeight * aboutness;
        return new ScoredStandard(entry, score, Evidence: null, Leadership: false);
    }

    /// <summary>The evidence behind a candidate that will be shown: for its confidence and its reason.</summary>
    private static ScoredStandard WithEvidence(ScoredStandard scored, TitleQuery query)
    {
        if (scored.Evidence is not null || !query.HasWords)
        {
            return scored;
        }
        var evidence = CandidateScorer.Score(scored.Entry, query.Jobs[0]);
        for (var j = 1; j < query.Jobs.Count; j++)
        {
            var other = CandidateScorer.Score(scored.Entry, query.Jobs[j]);
            evidence = other.Score > evidence.Score ? other : evidence;
        }
        return scored with { Evidence = scored.Leadership && evidence.NameScore <= 0 ? null : evidence };
    }

    /// <summary>
    /// The general standards HR teams use for the role word ("Operations manager" for a manager, "Public service
    /// operational delivery officer" for an officer). When nothing fits well they all come in: first when the best match
    /// is a weak guess (below <see cref="Fallbacks.LeadBelow"/>), else just after it. When the words found a good match,
    /// the first of them is still offered, after the two best matches: experts accept it
    /// beside the specialist standard, and a specialist that fits better keeps its place. Either way they go first when
    /// the best match shares nothing with the title but its role word.
    /// </summary>
    private void AddGeneralStandards(Dictionary<StandardEntry, ScoredStandard> scored, TitleQuery query, MatchOptions options, StandardsSearcher searcher)
    {
        var job = query.Jobs[0];
        var general = fallbacks.For(job, searcher, options).ToList();
        if (general.Count == 0)
        {
            return;
        }
        if (scored.Count == 0)
        {
            OfferAll(scored, general, Fallbacks.LeadBelow / 2 + 0.01f, job);
            return;
        }
        var top = scored.Values.MaxBy(s => s.Score)!;
        // "Market Inspector" best matched as 'Engineering inspector': a specialist that shares only the role word is
        // no closer than the general standard for it, which experts pick for such roles, so that goes first.
        var lead = SharesOnlyTheRoleWord(top.Entry, job);
        if (top.Score >= Fallbacks.BestBelow)
        {
            Offer(scored, general[0], lead ? top.Score + 0.0001f : SecondBestScore(scored.Values) - 0.0001f, job, besideAGoodMatch: true);
            return;
        }
        var score = top.Score < Fallbacks.LeadBelow ? Math.Max(top.Score, Fallbacks.LeadBelow / 2) + 0.01f
            : lead ? top.Score + 0.001f * general.Count
            : top.Score - 0.005f;
        OfferAll(scored, general, score, job);
    }

    /// <summary>The general standards in their order, the first at <paramref name="score"/>, each next a little lower.</summary>
    private static void OfferAll(Dictionary<StandardEntry, ScoredStandard> scored, List<StandardEntry> general, float score, JobQuery job)
    {
        foreach (var entry in general)
        {
            Offer(scored, entry, score, job, besideAGoodMatch: false);
            score -= 0.001f;
        }
    }

    /// <summary>
    /// Whether the standard's best name has the title's role word (its last), and none of the words before it are
    /// anywhere in the standard: not in its names, not in its description.
    /// </summary>
    private static bool SharesOnlyTheRoleWord(StandardEntry entry, JobQuery job)
    {
        if (job.Slots.Count < 2)
        {
            return false;
        }
        var evidence = CandidateScorer.Score(entry, job);
        var last = job.Slots.Count - 1;
        if (evidence.BestNameSlots[last].Value <= 0)
        {
            return false;
        }
        for (var s = 0; s < last; s++)
        {
            if (evidence.BestNameSlots[s].Value > 0 || evidence.OtherNames[s] > 0 || evidence.Text[s] > 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The second best score, or the best when there is one candidate: one pass, as this runs for most titles.</summary>
    private static float SecondBestScore(IEnumerable<ScoredStandard> scored)
    {
        var (first, second) = (float.MinValue, float.MinValue);
        foreach (var s in scored)
        {
            if (s.Score > first)
            {
                (first, second) = (s.Score, first);
            }
            else if (s.Score > second)
            {
                second = s.Score;
            }
        }
        return second > float.MinValue ? second : first;
    }

    private static void Offer(Dictionary<StandardEntry, ScoredStandard> scored, StandardEntry entry, float score, JobQuery job, bool besideAGoodMatch)
    {
        if (!scored.TryGetValue(entry, out var existing) || existing.Score < score)
        {
            scored[entry] = new ScoredStandard(entry, score, CandidateScorer.Score(entry, job), Leadership: false, Fallback: true)
            {
                BesideAGoodMatch = besideAGoodMatch,
            };
        }
    }

    /// <summary>
    /// "Head of Housing": Senior leader first, then the best housing standard, then the management standard; with no
    /// subject ("Chief Officer") the leadership standards alone. Experts map heads of service this way.
    /// </summary>
    private void BringInLeadership(Dictionary<StandardEntry, ScoredStandard> scored, TitleQuery query, MatchOptions options, StandardsSearcher searcher)
    {
        var bestSpecialist = scored.Count > 0 ? scored.Values.Max(s => s.Score) : 1f;
        var rank = 0;
        foreach (var title in leadershipTitles)
        {
            if (!searcher.ByTitle.TryGetValue(title, out var entry) || !CandidateQuery.Allows(options, entry))
            {
                continue;
            }
            var own = scored.TryGetValue(entry, out var existing) ? existing : null;
            var score = rank == 0 ? bestSpecialist + 0.01f : bestSpecialist - 0.01f * rank;
            scored[entry] = new ScoredStandard(entry, Math.Max(score, own?.Score ?? 0), own?.Evidence is { NameScore: > 0 } e ? e : null, Leadership: true);
            rank++;
        }
    }

    /// <summary>Whether some standard has this exact title or typical job title (after the same analysis).</summary>
    private bool IsExactName(string job, StandardsSearcher searcher) =>
        index.ExactKey(job) is { Length: > 0 } key && searcher.IndexReader.DocFreq(new Lucene.Net.Index.Term(StandardsIndexSchema.Exact, key)) > 0;

    private string GroupName(string soc) => occupations?.Ons.GroupName(soc) ?? soc;

    private static MatchCandidate ToCandidate(ScoredStandard s, Confidence confidence, ParsedTitle parsed, Func<string, string> groupName) =>
        new(s.Entry.Reference, s.Entry.Version, s.Entry.Title, s.Entry.Level, s.Entry.Route, s.Entry.TypicalDurationMonths,
            s.Entry.MaxFunding, s.Entry.IsApproved, MathF.Round(s.Score, 4), confidence, Reasons.For(s, parsed, groupName))
        {
            MatchedName = s.Evidence?.BestName?.Kind is NameKind.Title or NameKind.JobTitle ? s.Evidence.BestName.Text : null,
        };
}
