using RoleMapper.Core.RoleMap;
using RoleMapper.Search.RoleMap;

namespace RoleMapper.Search.Evaluation;

/// <summary>How one title fared: the rank of the first acceptable standard in the top five (0 when none was there).</summary>
public sealed record CaseOutcome(EvaluationCase Case, MatchResult Result, int Rank)
{
    public bool Hit1 => Rank == 1;
    public bool IsMiss => Case.ExpectsNone ? Result.Best?.Confidence is Confidence.Medium or Confidence.High : Rank != 1;
}

/// <summary>The quality of a confidence band: how many top suggestions had it, and how many of those were acceptable.</summary>
public sealed record BandFigures(int Count, int Correct)
{
    public double Precision => Count == 0 ? 0 : Math.Round((double)Correct / Count, 3);
}

/// <summary>
/// The measures of the issue: hit1 (the top suggestion is acceptable), hit5 (an acceptable one is in the top five), MRR
/// over the top five, all over the titles that have acceptable standards; and for titles labelled none, how many came
/// out Low. Bands give the precision of each confidence band, which is what the bands are calibrated on.
/// </summary>
public sealed record EvaluationReport(IReadOnlyList<CaseOutcome> Outcomes)
{
    public const int Depth = 5;

    public int N => Outcomes.Count;
    public int Labelled => Outcomes.Count(o => !o.Case.ExpectsNone);
    public double Hit1 => Ratio(Outcomes.Where(o => !o.Case.ExpectsNone).Count(o => o.Rank == 1), Labelled);
    public double Hit5 => Ratio(Outcomes.Where(o => !o.Case.ExpectsNone).Count(o => o.Rank > 0), Labelled);
    public double Mrr => Labelled == 0 ? 0 : Math.Round(Outcomes.Where(o => o.Rank > 0).Sum(o => 1.0 / o.Rank) / Labelled, 3);
    public int None => Outcomes.Count(o => o.Case.ExpectsNone);
    public int NoneLow => Outcomes.Count(o => o.Case.ExpectsNone && o.Result.Best?.Confidence is null or Confidence.Low);

    public IReadOnlyDictionary<Confidence, BandFigures> Bands => Enum.GetValues<Confidence>().ToDictionary(
        band => band,
        band =>
        {
            var tops = Outcomes.Where(o => !o.Case.ExpectsNone && o.Result.Best?.Confidence == band).ToList();
            return new BandFigures(tops.Count, tops.Count(o => o.Hit1));
        });

    public IEnumerable<CaseOutcome> Misses => Outcomes.Where(o => o.IsMiss);

    /// <summary>The titles the sector role map holds word for word (its first suggestion is the map's decision), and
    /// the rest, which the matcher answers from near roles and other evidence: cross-validation measures only the latter.</summary>
    public (EvaluationReport InMap, EvaluationReport NotInMap) ByMap()
    {
        var inMap = Outcomes.ToLookup(o => o.Result.Best?.DecidedBy == DecidedBy.SectorRoleMap);
        return (new EvaluationReport(inMap[true].ToList()), new EvaluationReport(inMap[false].ToList()));
    }

    public static EvaluationReport Run(StandardMatcher matcher, IEnumerable<EvaluationCase> cases) =>
        new(cases.Select(c => Outcome(matcher, c, heldOut: null)).ToList());

    /// <summary>
    /// k-fold cross-validation on the sector role map: each role's title and aliases are matched with the role's fold
    /// held out of the map, against the role's standards (or none). The weights are the shipped model's; the fitting
    /// tool also refits them per fold (docs/matching.md).
    /// </summary>
    public static EvaluationReport CrossValidate(StandardMatcher matcher, IReadOnlyList<MappedRole> map, int k)
    {
        var outcomes = new List<CaseOutcome>();
        foreach (var fold in RoleMapFolds.Split(map, k))
        {
            var heldOut = HeldOut.Fold(fold.Select(r => r.Id).ToHashSet(StringComparer.Ordinal));
            foreach (var role in fold)
            {
                outcomes.AddRange(role.Names.Select(name => Outcome(matcher, new EvaluationCase(0, name, role.Standards), heldOut)));
            }
        }
        return new EvaluationReport(outcomes);
    }

    /// <summary>
    /// Each title and alias of the sector role map matched with only itself held out, the role's other names kept:
    /// how the matcher reads another way of writing a role the map has ("Refuse Driver" beside the map's "Refuse
    /// Vehicle Driver"), as many council titles are. A role with one name is then a role the map lacks.
    /// </summary>
    public static EvaluationReport HoldingOutEachName(StandardMatcher matcher, IReadOnlyList<MappedRole> map) =>
        new(map.SelectMany(role => role.Names.Select(name =>
            Outcome(matcher, new EvaluationCase(0, name, role.Standards), HeldOut.OneName(role.Id, name)))).ToList());

    private static CaseOutcome Outcome(StandardMatcher matcher, EvaluationCase c, HeldOut? heldOut)
    {
        var result = matcher.Match(c.Title, new MatchOptions { Top = Depth }, heldOut);
        var rank = result.Candidates.Select((candidate, i) => c.Acceptable.Contains(candidate.Reference) ? i + 1 : 0).FirstOrDefault(r => r > 0);
        return new CaseOutcome(c, result, rank);
    }

    private static double Ratio(int count, int of) => of == 0 ? 0 : Math.Round((double)count / of, 3);
}
