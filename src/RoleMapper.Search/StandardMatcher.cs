using Lucene.Net.Search;
using RoleMapper.Search.Analysis;
using RoleMapper.Search.Indexing;
using RoleMapper.Search.Matching;
using RoleMapper.Search.Occupations;
using RoleMapper.Search.Ranking;
using RoleMapper.Search.RoleMap;
using RoleMapper.Search.Semantic;
using RoleMapper.Search.Titles;

namespace RoleMapper.Search;

/// <summary>
/// Matches a council job title to standards: ranked candidates, each with a confidence and a reason a person can read.
/// The title is read (<see cref="TitleParser"/>) and turned into weighted words (<see cref="TitleQueryBuilder"/>); a pool
/// of candidates is gathered from every kind of evidence (Lucene over the standards' words, the sector role map and
/// council agreement, ONS occupation groups, general and leadership standards, semantic neighbours); each candidate's
/// evidence becomes <see cref="Features"/>, and the fitted <see cref="RankingModel"/> turns them into the probability
/// that it is an acceptable answer. Candidates are ordered by that probability (ties by reference), and the confidence
/// bands are thresholds on it. docs/matching.md has the details and figures.
/// Thread-safe, and it never writes anything: logging weak titles is the caller's choice (<c>UnmatchedTitleRecorder</c>).
/// </summary>
public sealed class StandardMatcher : IStandardMatcher
{
    /// <summary>Longer input is cut: no real job title needs more, and it bounds the work one request can cause.</summary>
    public const int MaxTitleLength = TitleText.MaxLength;
    /// <summary>How many candidates Lucene hands to the scorer.</summary>
    private const int CandidatePool = 60;
    /// <summary>How many standards nearest the title in meaning join the pool.</summary>
    private const int SemanticPool = 5;

    private readonly StandardsIndex index;
    private readonly TitleParser parser;
    private readonly TitleQueryBuilder builder;
    private readonly IReadOnlyList<string> leadershipTitles;
    private readonly Fallbacks fallbacks;
    private readonly OccupationGroups? occupations;
    private readonly NotJobs notJobs;

    public StandardMatcher(StandardsIndex index)
        : this(index, TitleParser.Load())
    {
    }

    public StandardMatcher(StandardsIndex index, TitleParser parser)
        : this(index, parser, useOccupationGroups: true, RankingModel.Load())
    {
    }

    /// <param name="useOccupationGroups">False only to make data/matching/soc-standards.csv, which must come from the
    /// titles' own words.</param>
    internal StandardMatcher(StandardsIndex index, TitleParser parser, bool useOccupationGroups, RankingModel model)
    {
        this.index = index;
        this.parser = parser;
        Model = model;
        var analyzer = new TitleAnalyzer();
        var ons = OnsOccupations.Load(parser, analyzer);
        builder = new TitleQueryBuilder(analyzer, Synonyms.Load(), new RoleWords(analyzer), ons.Words);
        fallbacks = new Fallbacks(analyzer);
        notJobs = new NotJobs(parser);
        occupations = useOccupationGroups ? new OccupationGroups(ons, SocStandards.Load()) : null;
        leadershipTitles = MatchingData.ReadLines(MatchingData.LeadershipStandards);
    }

    public RankingModel Model { get; }

    /// <summary>
    /// The standards the matcher brings in by title: for executive titles (data/matching/leadership-standards.txt) and
    /// as general fallbacks (fallback-standards.csv). Each should be a title in the feed.
    /// </summary>
    public IEnumerable<string> StandardsNamedInData => leadershipTitles.Concat(fallbacks.StandardTitles).Distinct();

    public MatchResult Match(string? title, MatchOptions? options = null) => Match(title, options, heldOut: null);

    /// <param name="heldOut">Sector role map roles, or one name of a role, to leave out as if the map did not have
    /// them: cross-validation.</param>
    internal MatchResult Match(string? title, MatchOptions? options, HeldOut? heldOut)
    {
        options ??= new MatchOptions();
        var ranking = Rank(title, options, heldOut);
        if (ranking.Problem is not null)
        {
            return new MatchResult(ranking.Cleaned, [], ranking.Problem) { NormalisedTitle = ranking.Reading };
        }
        var shown = ranking.Candidates.Take(Math.Clamp(options.Top, 1, 50)).ToList();
        var bands = ConfidenceBands.Assign(ranking.Candidates, shown.Count, Model.Confidence, ranking.NoStandard is not null);
        var candidates = shown.Select((s, i) => ToCandidate(s, bands[i], ranking, i == 0)).ToList();
        return new MatchResult(ranking.Cleaned, candidates) { NormalisedTitle = ranking.Reading };
    }

    /// <summary>Every candidate of the pool, ranked, with its features: what the model is fitted on.</summary>
    internal RankedTitle Rank(string? title, MatchOptions options, HeldOut? heldOut)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return RankedTitle.Failed(title ?? "", "", "Enter a job title.");
        }
        var parsed = parser.Parse(title);
        if (parsed.IsEmpty)
        {
            return RankedTitle.Failed(parsed.Cleaned, parsed.Reading, "The title has no words that can be matched.");
        }
        return index.SearchWithTables(searcher => Rank(parsed, options, searcher, heldOut));
    }

    private RankedTitle Rank(ParsedTitle parsed, MatchOptions options, StandardsSearcher searcher, HeldOut? heldOut)
    {
        if (parsed.SeniorityWords.Count > 0 && parsed.WholeJobs.Any(job => IsExactName(job, searcher)))
        {
            parsed = parsed.AsWholeJob();
        }
        if (searcher.Known.InItsOwnService(parsed, index.Analyzer, heldOut) is not null)
        {
            // "Electrician (Housing Repairs)" is the map's Electrician: read it as the job alone, which the map decides.
            parsed = parsed with { Qualifiers = [] };
        }
        var query = builder.Build(parsed, searcher);
        if (!query.HasWords && parsed.Lean != SeniorityLean.Executive)
        {
            return RankedTitle.Failed(parsed.Cleaned, query.Reading, "The title has no words that can be matched.");
        }
        var pool = new Dictionary<StandardEntry, ScoredStandard>();
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
                    pool[entry] = new ScoredStandard(entry);
                }
            }
            occupations?.Apply(pool, query.Jobs[0], options, searcher);
            var rank = 0;
            foreach (var entry in fallbacks.For(query.Jobs[0], searcher, options))
            {
                Add(pool, entry).GeneralRank ??= rank++;
            }
        }
        if (parsed.Lean == SeniorityLean.Executive)
        {
            var rank = 0;
            foreach (var title in leadershipTitles)
            {
                if (searcher.ByTitle.TryGetValue(title, out var entry) && CandidateQuery.Allows(options, entry))
                {
                    Add(pool, entry).LeadershipRank ??= rank++;
                }
            }
        }
        var vector = searcher.WordVectors.Of(parsed.Reading);
        var (exactKey, inOrderKey) = KnownTitles.Keys(parsed);
        var (words, roleWord) = KnownTitles.Read(parsed, index.Analyzer, searcher.Vocabulary);
        var known = searcher.Known.Near(words, exactKey, inOrderKey, roleWord, vector, heldOut);
        foreach (var reference in known.PoolStandards)
        {
            if (searcher.ByReference.TryGetValue(reference, out var entry) && CandidateQuery.Allows(options, entry))
            {
                Add(pool, entry);
            }
        }
        if (vector is not null)
        {
            foreach (var entry in NearestInMeaning(vector, options, searcher))
            {
                Add(pool, entry);
            }
        }

        var candidates = pool.Values.ToList();
        var context = new FeatureContext(parsed, query, known, vector);
        foreach (var candidate in candidates)
        {
            Measure(candidate, query, vector, known);
        }
        context.Complete(candidates);
        foreach (var candidate in candidates)
        {
            candidate.Features = context.Features(candidate);
            candidate.Probability = Model.Probability(candidate.Features);
        }
        candidates.Sort(Order);
        // A title that reads exactly as a role no standard fits, or as a title that is not a job, unless it also reads
        // exactly as a role with standards.
        var noStandard = (known.NoStandardExactly ?? notJobs.Find(exactKey)) is { } none && !candidates.Any(c => c.KnownTier is not null) ? none : null;
        return new RankedTitle(parsed.Cleaned, query.Reading, null, parsed, query, candidates, noStandard);
    }

    /// <summary>
    /// The explicit order: first the standards a known title that reads exactly as this one lists (the sector role map
    /// before council agreement, each in its list's order), because that is what people decided for this very title;
    /// then by the model's probability; ties by reference.
    /// </summary>
    internal static int Order(ScoredStandard a, ScoredStandard b) =>
        (a.KnownTier, b.KnownTier) switch
        {
            ({ } x, { } y) when x != y => x.CompareTo(y),
            ({ }, null) => -1,
            (null, { }) => 1,
            _ => b.Probability != a.Probability ? b.Probability.CompareTo(a.Probability) : string.CompareOrdinal(a.Entry.Reference, b.Entry.Reference),
        };

    private static ScoredStandard Add(Dictionary<StandardEntry, ScoredStandard> pool, StandardEntry entry) =>
        pool.TryGetValue(entry, out var existing) ? existing : pool[entry] = new ScoredStandard(entry);

    /// <summary>The words' evidence for one candidate, the best job of the title, and its semantic closeness.</summary>
    private static void Measure(ScoredStandard candidate, TitleQuery query, float[]? vector, KnownEvidence known)
    {
        if (query.HasWords)
        {
            var best = CandidateScorer.Quick(candidate.Entry, query.Jobs[0]);
            for (var j = 1; j < query.Jobs.Count; j++)
            {
                var other = CandidateScorer.Quick(candidate.Entry, query.Jobs[j]);
                best = other.Beats(best) ? other : best;
            }
            candidate.Words = best;
            candidate.Qualifiers = CandidateScorer.Qualifiers(candidate.Entry, query.Qualifiers);
        }
        candidate.Known = known.For(candidate.Entry.Reference);
        if (vector is not null)
        {
            var semantic = 0f;
            foreach (var v in candidate.Entry.NameVectors)
            {
                semantic = Math.Max(semantic, WordVectors.Cosine(v, vector));
            }
            candidate.Semantic = semantic;
        }
    }

    /// <summary>The standards nearest the title in meaning (by the mean vector of their names): one pass, keeping the
    /// best few, as this runs for every title.</summary>
    private static List<StandardEntry> NearestInMeaning(float[] vector, MatchOptions options, StandardsSearcher searcher)
    {
        var best = new List<(StandardEntry Entry, float Cosine)>(SemanticPool + 1);
        var rows = searcher.VectorRows.AsSpan();
        var all = searcher.WithVectors;
        for (var e = 0; e < all.Length; e++)
        {
            var entry = all[e];
            var cosine = System.Numerics.Tensors.TensorPrimitives.Dot(rows.Slice(e * vector.Length, vector.Length), vector);
            if ((best.Count == SemanticPool && cosine <= best[^1].Cosine) || !CandidateQuery.Allows(options, entry))
            {
                continue;
            }
            var at = best.FindIndex(b => cosine > b.Cosine);
            best.Insert(at < 0 ? best.Count : at, (entry, cosine));
            if (best.Count > SemanticPool)
            {
                best.RemoveAt(SemanticPool);
            }
        }
        return best.ConvertAll(b => b.Entry);
    }

    private static ScoreDoc[] FindCandidates(TitleQuery query, MatchOptions options, StandardsSearcher searcher, bool commonWords) =>
        CandidateQuery.UsesCachedFilter(options)
            ? searcher.Search(CandidateQuery.Words(query, searcher, commonWords), searcher.ApprovedOnly, CandidatePool).ScoreDocs
            : searcher.Search(CandidateQuery.Build(query, options, searcher, commonWords), CandidatePool).ScoreDocs;

    /// <summary>The evidence behind a candidate that will be shown: for its reason.</summary>
    private static Evidence? EvidenceFor(ScoredStandard scored, TitleQuery query)
    {
        if (!query.HasWords)
        {
            return null;
        }
        var evidence = CandidateScorer.Score(scored.Entry, query.Jobs[0]);
        for (var j = 1; j < query.Jobs.Count; j++)
        {
            var other = CandidateScorer.Score(scored.Entry, query.Jobs[j]);
            evidence = other.Words.Beats(evidence.Words) ? other : evidence;
        }
        return evidence.Words.NameScore > 0 || !scored.Leadership ? evidence : null;
    }

    /// <summary>Whether some standard has this exact title or typical job title (after the same analysis).</summary>
    private bool IsExactName(string job, StandardsSearcher searcher) =>
        index.ExactKey(job) is { Length: > 0 } key && searcher.IndexReader.DocFreq(new Lucene.Net.Index.Term(StandardsIndexSchema.Exact, key)) > 0;

    private string GroupName(string soc) => occupations?.Ons.GroupName(soc) ?? soc;

    private MatchCandidate ToCandidate(ScoredStandard s, Confidence confidence, RankedTitle ranking, bool first)
    {
        s.Evidence ??= EvidenceFor(s, ranking.Query!);
        // How much the map and council agreement added to the log-odds: the reason names them when it is enough. Only
        // for the suggestions shown, as the evidence above.
        s.KnownContribution = Model.Contribution(s.Features, Features.Known);
        var reason = Reasons.For(s, ranking.Parsed!, GroupName);
        if (first && ranking.NoStandard is { } none)
        {
            reason = none.Source == KnownSource.NotAJob
                ? $"'{none.Name}' is not a job a council employs, so no standard fits: {none.Reason}; {reason}"
                : $"the sector role map says no standard fits '{none.Name}': {none.Reason}; {reason}";
        }
        return new(s.Entry.Reference, s.Entry.Version, s.Entry.Title, s.Entry.Level, s.Entry.Route, s.Entry.TypicalDurationMonths,
            s.Entry.MaxFunding, s.Entry.IsApproved, MathF.Round(s.Probability, 4), confidence, reason)
        {
            MatchedName = s.Evidence?.BestName?.Kind is NameKind.Title or NameKind.JobTitle ? s.Evidence.BestName.Text : null,
            DecidedBy = s.KnownTier?.Source switch
            {
                (int)KnownSource.RoleMap => DecidedBy.SectorRoleMap,
                (int)KnownSource.Councils => DecidedBy.Councils,
                _ => null,
            },
        };
    }
}
