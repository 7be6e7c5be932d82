namespace RoleMapper.Core.Maturity;

/// <summary>
/// The LGA's stage rule for one strand: a council reaches a stage only when it meets every statement of that stage
/// and of every stage below it; statements met above the reached stage show as "+".
/// </summary>
/// <remarks>
/// <para>
/// Early is the baseline. Its statements describe where a council starts ("No Apprenticeship Policy in place"), so
/// meeting them means nothing to tick: every council is at least Early, Developing needs every Developing statement,
/// Maturing every Developing and Maturing statement, and so on.
/// </para>
/// <para>
/// Ids that are not tickable statements of the strand are ignored: Early statements, other strands' statements (so a
/// whole assessment's ids can be passed for each strand) and unknown ids (so an assessment stored before a statement
/// was withdrawn from the model still shows). Check ids on input with <see cref="MaturityModel.IsTickable"/>.
/// </para>
/// </remarks>
public static class StageRule
{
    /// <summary>The stage reached on <paramref name="strand"/> with these statements met.</summary>
    public static StageResult Assess(MaturityStrand strand, IEnumerable<string> metStatementIds)
    {
        var met = AsSet(metStatementIds);
        var reached = MaturityLevel.Early;
        foreach (var stage in strand.Stages.Where(s => !s.IsBaseline))
        {
            if (!stage.Statements.All(s => met.Contains(s.Id)))
            {
                break;
            }
            reached = stage.Level;
        }
        var hasPlus = TickableWhere(strand, level => level > reached).Any(s => met.Contains(s.Id));
        return new StageResult(reached, hasPlus);
    }

    /// <summary>
    /// The statements still to meet to reach <paramref name="target"/>, lowest stage first; empty when the target is
    /// reached already (and always for Early, the baseline).
    /// </summary>
    public static IReadOnlyList<MaturityStatement> StillToMeet(
        MaturityStrand strand, IEnumerable<string> metStatementIds, MaturityLevel target)
    {
        var met = AsSet(metStatementIds);
        return TickableWhere(strand, level => level <= target).Where(s => !met.Contains(s.Id)).ToList();
    }

    private static IEnumerable<MaturityStatement> TickableWhere(MaturityStrand strand, Func<MaturityLevel, bool> levels) =>
        strand.Stages.Where(stage => !stage.IsBaseline && levels(stage.Level)).SelectMany(stage => stage.Statements);

    private static IReadOnlySet<string> AsSet(IEnumerable<string> ids) =>
        ids as IReadOnlySet<string> ?? ids.ToHashSet(StringComparer.Ordinal);
}
