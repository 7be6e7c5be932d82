namespace RoleMapper.Core.Maturity;

/// <summary>A council's self-assessment on one date: the statements it meets and its target stages for next year.</summary>
/// <param name="MetStatementIds">
/// The statements met, across all strands: statement ids are unique in the whole model, so one set serves and the
/// strand of each id can be found with <see cref="MaturityModel.FindStatement"/>.
/// </param>
/// <param name="Targets">The target stage for next year by strand id; a strand without a target is left out.</param>
public sealed record MaturityAssessment(
    DateOnly AssessedOn,
    IReadOnlySet<string> MetStatementIds,
    IReadOnlyDictionary<string, MaturityLevel> Targets)
{
    /// <summary>An assessment without targets.</summary>
    public MaturityAssessment(DateOnly assessedOn, IEnumerable<string> metStatementIds)
        : this(assessedOn, metStatementIds.ToHashSet(StringComparer.Ordinal), new Dictionary<string, MaturityLevel>())
    {
    }

    /// <summary>The stage reached on <paramref name="strand"/>, by <see cref="StageRule"/>.</summary>
    public StageResult StageOf(MaturityStrand strand) => StageRule.Assess(strand, MetStatementIds);

    /// <summary>The target stage for <paramref name="strand"/>, or null if none was picked.</summary>
    public MaturityLevel? TargetFor(MaturityStrand strand) =>
        Targets.TryGetValue(strand.Id, out var target) ? target : null;
}
