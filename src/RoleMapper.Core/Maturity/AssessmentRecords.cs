using RoleMapper.Core.Workspace;

namespace RoleMapper.Core.Maturity;

/// <summary>
/// How a stored <see cref="MaturityAssessmentRecord"/> is read: in which order a council's assessments stand, and the
/// <see cref="MaturityAssessment"/> the stage rule works on. Pages, the export and the sector view all use these, so
/// "the latest" and "the one before" mean the same everywhere.
/// </summary>
public static class AssessmentRecords
{
    /// <summary>
    /// Newest first: by the date assessed, then by save order, so two assessments of one day keep the order they were
    /// saved in (ids only grow).
    /// </summary>
    public static IQueryable<MaturityAssessmentRecord> NewestFirst(this IQueryable<MaturityAssessmentRecord> records) =>
        records.OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.Id);

    /// <summary>The assessments that come before <paramref name="record"/> in <see cref="NewestFirst"/> order.</summary>
    public static IQueryable<MaturityAssessmentRecord> Before(
        this IQueryable<MaturityAssessmentRecord> records, MaturityAssessmentRecord record) =>
        records.Where(a => a.AssessedOn < record.AssessedOn || (a.AssessedOn == record.AssessedOn && a.Id < record.Id));

    /// <summary>
    /// Each council's latest assessment, the one <see cref="NewestFirst"/> puts first; for the sector view, which reads
    /// across councils and so passes records with the tenancy filter ignored.
    /// </summary>
    public static IQueryable<MaturityAssessmentRecord> LatestOfEachCouncil(this IQueryable<MaturityAssessmentRecord> records) =>
        records.Where(a => !records.Any(b => b.OrganisationId == a.OrganisationId
            && (b.AssessedOn > a.AssessedOn || (b.AssessedOn == a.AssessedOn && b.Id > a.Id))));

    /// <summary>The statements met and the targets, as the stage rule and the comparison take them.</summary>
    public static MaturityAssessment ToAssessment(this MaturityAssessmentRecord record) => new(
        record.AssessedOn,
        record.Met.Select(m => m.StatementId).ToHashSet(StringComparer.Ordinal),
        // A strand saved twice (a hand-edited row) keeps its last target rather than failing the page.
        record.Targets.GroupBy(t => t.StrandId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Target, StringComparer.Ordinal));

    /// <summary>The evidence given for each statement met: the text, then each link on its own line.</summary>
    public static IReadOnlyDictionary<string, string> EvidenceById(this MaturityAssessmentRecord record) =>
        record.Met
            .Select(m => (m.StatementId, Text: string.Join('\n', new[] { m.Evidence?.Trim() }.Concat(m.Links).Where(t => !string.IsNullOrEmpty(t)))))
            .Where(m => m.Text.Length > 0)
            .GroupBy(m => m.StatementId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Text, StringComparer.Ordinal);
}
