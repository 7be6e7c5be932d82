namespace RoleMapper.Core.Maturity;

/// <summary>Compares two assessments of the same council: what moved since the last one.</summary>
public static class AssessmentComparison
{
    /// <summary>
    /// Every strand of <paramref name="model"/>, with its stage before and after and the statements newly met or no
    /// longer met. Ids that are not tickable statements (Early ones, unknown ones) are ignored, as by the stage rule.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="later"/> is dated before <paramref name="earlier"/>.</exception>
    public static AssessmentChanges Compare(MaturityModel model, MaturityAssessment earlier, MaturityAssessment later)
    {
        if (later.AssessedOn < earlier.AssessedOn)
        {
            // Swapped arguments would report every gain as a loss, which a page would show without anyone noticing.
            throw new ArgumentException(
                $"The later assessment ({later.AssessedOn:yyyy-MM-dd}) is dated before the earlier one "
                + $"({earlier.AssessedOn:yyyy-MM-dd}).", nameof(later));
        }
        var strands = model.Strands.Select(strand => new StrandChange(
            strand,
            earlier.StageOf(strand),
            later.StageOf(strand),
            MetInFirstOnly(strand, later, earlier),
            MetInFirstOnly(strand, earlier, later),
            earlier.TargetFor(strand),
            later.TargetFor(strand)));
        return new AssessmentChanges(earlier.AssessedOn, later.AssessedOn, strands.ToList());
    }

    private static List<MaturityStatement> MetInFirstOnly(MaturityStrand strand, MaturityAssessment first, MaturityAssessment second) =>
        strand.TickableStatements
            .Where(s => first.MetStatementIds.Contains(s.Id) && !second.MetStatementIds.Contains(s.Id))
            .ToList();
}
