using RoleMapper.Core.Maturity;

namespace RoleMapper.Core.Export;

/// <summary>A council's maturity self-assessment as the Maturity sheet shows it: per strand, where it stands and why.</summary>
public sealed record MaturitySection
{
    public required DateOnly AssessedOn { get; init; }

    /// <summary>In the order to show them, normally the LGA's.</summary>
    public IReadOnlyList<MaturityStrandRow> Strands { get; init; } = [];

    /// <summary>
    /// The section for a stored assessment: every strand of the model in the LGA's order, its stage by the
    /// <see cref="StageRule"/>, and the tickable statements met, lowest stage first, with their evidence.
    /// </summary>
    /// <param name="evidenceByStatementId">The council's evidence text (and links) for each statement it gave any for.</param>
    public static MaturitySection FromAssessment(MaturityModel model, MaturityAssessment assessment,
        IReadOnlyDictionary<string, string>? evidenceByStatementId = null) => new()
        {
            AssessedOn = assessment.AssessedOn,
            Strands = model.Strands.Select(strand => new MaturityStrandRow
            {
                StrandTitle = strand.Title,
                Current = assessment.StageOf(strand),
                Target = assessment.TargetFor(strand),
                StatementsMet = strand.TickableStatements
                    .Where(statement => assessment.MetStatementIds.Contains(statement.Id))
                    .Select(statement => new MetStatement(statement.Text, evidenceByStatementId?.GetValueOrDefault(statement.Id)))
                    .ToList(),
            }).ToList(),
        };
}
