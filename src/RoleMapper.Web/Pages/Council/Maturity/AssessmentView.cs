using RoleMapper.Core.Maturity;

namespace RoleMapper.Web.Pages.Council.Maturity;

/// <summary>One strand of an assessment: the stage reached by the LGA rule, the target, and how far off it is.</summary>
public sealed record StrandStanding(MaturityStrand Strand, StageResult Stage, MaturityLevel? Target, int StillToMeet);

/// <summary>
/// One stored assessment as the maturity pages show it, with what moved since the one before it (by
/// <see cref="AssessmentRecords.NewestFirst"/>). Stages are worked out here from the statements, never stored.
/// </summary>
public sealed class AssessmentView
{
    public AssessmentView(MaturityModel maturity, MaturityAssessmentRecord record, MaturityAssessmentRecord? previous)
    {
        (Maturity, Record, Previous) = (maturity, record, previous);
        Assessment = record.ToAssessment();
        Changes = previous is null ? null : AssessmentComparison.Compare(maturity, previous.ToAssessment(), Assessment);
        Strands = maturity.Strands.Select(strand => new StrandStanding(
            strand,
            Assessment.StageOf(strand),
            Assessment.TargetFor(strand),
            Assessment.TargetFor(strand) is { } target ? StageRule.StillToMeet(strand, Assessment.MetStatementIds, target).Count : 0)).ToList();
    }

    public MaturityModel Maturity { get; }
    public MaturityAssessmentRecord Record { get; }
    public MaturityAssessmentRecord? Previous { get; }
    public MaturityAssessment Assessment { get; }

    /// <summary>Null for a council's first assessment.</summary>
    public AssessmentChanges? Changes { get; }

    public IReadOnlyList<StrandStanding> Strands { get; }

    /// <summary>The assessment with this id, or the latest when <paramref name="id"/> is null; null when there is none (or it is another council's).</summary>
    public static async Task<AssessmentView?> LoadAsync(RoleMapperDbContext db, MaturityModel maturity, int? id, CancellationToken ct)
    {
        var assessments = db.MaturityAssessments.AsNoTracking();
        var record = id is { } wanted
            ? await assessments.FirstOrDefaultAsync(a => a.Id == wanted, ct)
            : await assessments.NewestFirst().FirstOrDefaultAsync(ct);
        if (record is null)
        {
            return null;
        }
        var previous = await assessments.Before(record).NewestFirst().FirstOrDefaultAsync(ct);
        return new AssessmentView(maturity, record, previous);
    }
}
