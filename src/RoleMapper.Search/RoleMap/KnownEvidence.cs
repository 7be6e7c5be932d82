namespace RoleMapper.Search.RoleMap;

/// <summary>How close one known title is, and where the standard stands in its list (0 for the first).</summary>
internal readonly record struct KnownMatch(KnownTitle Title, float Closeness, int Position);

/// <summary>
/// What the known titles near a council title say: per standard, the closest known title listing it first and the
/// closest listing it later, lexically and semantically; and how close the title is to any known title at all, and to
/// a role no standard fits ("Councillor").
/// </summary>
internal sealed class KnownEvidence(Func<string, float> prior)
{
    /// <summary>A known title this close reads the same as the council title: it is the title people decided on.</summary>
    public const float Exact = 0.999f;

    private readonly Dictionary<string, StandardEvidence> byStandard = new(StringComparer.Ordinal);

    public float BestLexical { get; private set; }
    public float BestSemantic { get; private set; }
    /// <summary>The closeness of all the lexical (semantic) neighbours together, those no standard fits included: what
    /// a standard's votes are a share of.</summary>
    public float LexicalTotal { get; private set; }
    public float SemanticTotal { get; private set; }
    public KnownMatch? NoStandardLexical { get; private set; }
    /// <summary>A role no standard fits whose name reads exactly as the title ("Councillor").</summary>
    public KnownTitle? NoStandardExactly { get; private set; }
    public KnownMatch? NoStandardSemantic { get; private set; }

    public IEnumerable<string> Standards => byStandard.Keys;

    /// <summary>The standards worth a place in the candidate pool: those of the lexical neighbours and of the nearest
    /// few in meaning (the further semantic neighbours still count as evidence for candidates already there).</summary>
    public IEnumerable<string> PoolStandards => byStandard.Where(p => p.Value.InPool).Select(p => p.Key);

    public StandardEvidence? For(string reference) => byStandard.GetValueOrDefault(reference);

    /// <summary>How often the map chooses the standard first (<see cref="KnownTitles.Prior"/>).</summary>
    public float Prior(string reference) => prior(reference);

    /// <param name="exact">The known title reads exactly as the council title (<see cref="KnownTitles.ExactKey"/>).</param>
    /// <param name="sameRoleWord">The known title's job ends in the same word as the council title's.</param>
    public void AddLexical(KnownTitle title, float closeness, bool exact, bool sameRoleWord)
    {
        LexicalTotal += closeness;
        if (title.FitsNoStandard)
        {
            NoStandardExactly ??= exact ? title : null;
            NoStandardLexical = Better(NoStandardLexical, new KnownMatch(title, closeness, 0));
            return;
        }
        BestLexical = Math.Max(BestLexical, closeness);
        foreach (var (e, match) in Listed(title, closeness, inPool: true))
        {
            e.LexicalVotes += Vote(match);
            if (sameRoleWord)
            {
                e.SameRoleWord = Math.Max(e.SameRoleWord, match.Position == 0 ? closeness : closeness / 2);
            }
            if (exact && (e.Exactly is not { } known || Rank(match).CompareTo(Rank(known)) < 0))
            {
                e.Exactly = match;
            }
            (e.LexicalFirst, e.LexicalLater) = match.Position == 0
                ? (Better(e.LexicalFirst, match), e.LexicalLater)
                : (e.LexicalFirst, Better(e.LexicalLater, match));
        }
    }

    /// <param name="nearest">Among the nearest few, whose standards join the pool.</param>
    public void AddSemantic(KnownTitle title, float cosine, bool nearest)
    {
        SemanticTotal += Math.Max(0, cosine);
        if (title.FitsNoStandard)
        {
            NoStandardSemantic = Better(NoStandardSemantic, new KnownMatch(title, cosine, 0));
            return;
        }
        BestSemantic = Math.Max(BestSemantic, cosine);
        foreach (var (e, match) in Listed(title, cosine, nearest))
        {
            e.SemanticVotes += Vote(match);
            (e.SemanticFirst, e.SemanticLater) = match.Position == 0
                ? (Better(e.SemanticFirst, match), e.SemanticLater)
                : (e.SemanticFirst, Better(e.SemanticLater, match));
        }
    }

    /// <summary>Each standard the known title lists, with its evidence and the match at its place in the list.</summary>
    private IEnumerable<(StandardEvidence Evidence, KnownMatch Match)> Listed(KnownTitle title, float closeness, bool inPool)
    {
        for (var p = 0; p < title.Standards.Count; p++)
        {
            var e = Of(title.Standards[p]);
            e.InPool |= inPool;
            yield return (e, new KnownMatch(title, closeness, p));
        }
    }

    private StandardEvidence Of(string reference)
    {
        if (!byStandard.TryGetValue(reference, out var e))
        {
            byStandard[reference] = e = new StandardEvidence();
        }
        return e;
    }

    /// <summary>A neighbour's vote for a standard it lists: its closeness, half for a standard it lists after the first.</summary>
    private static float Vote(KnownMatch match) => Math.Max(0, match.Closeness) * (match.Position == 0 ? 1 : 0.5f);

    /// <summary>The map before council agreement, then the standard's place in the list.</summary>
    private static (KnownSource, int) Rank(KnownMatch match) => (match.Title.Source, match.Position);

    private static KnownMatch? Better(KnownMatch? current, KnownMatch candidate) =>
        current is { } c && c.Closeness >= candidate.Closeness ? c : candidate;

    /// <summary>The known titles that list one standard.</summary>
    public sealed class StandardEvidence
    {
        public KnownMatch? LexicalFirst { get; set; }
        public KnownMatch? LexicalLater { get; set; }
        public KnownMatch? SemanticFirst { get; set; }
        public KnownMatch? SemanticLater { get; set; }
        /// <summary>A known title that reads exactly as the council title and lists the standard: the map (or council
        /// agreement) decided this title, so its standards come first, in its order.</summary>
        public KnownMatch? Exactly { get; set; }
        public bool InPool { get; set; }
        /// <summary>The votes of all the lexical (semantic) neighbours listing the standard (<see cref="Vote"/>).</summary>
        public float LexicalVotes { get; set; }
        /// <summary>The closeness of the nearest lexical neighbour listing the standard whose job ends in the title's
        /// role word (half for a later place).</summary>
        public float SameRoleWord { get; set; }
        public float SemanticVotes { get; set; }

        /// <summary>The closest known title listing the standard, lexical before semantic at equal closeness: for the reason.</summary>
        public KnownMatch? Closest => new[] { LexicalFirst, LexicalLater, SemanticFirst, SemanticLater }
            .OfType<KnownMatch>().OrderByDescending(m => m.Closeness).ThenBy(m => m.Position).FirstOrDefault();
    }
}
