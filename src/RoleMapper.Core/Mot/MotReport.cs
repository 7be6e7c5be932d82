using RoleMapper.Core.Accounts;
using RoleMapper.Core.Maturity;
using RoleMapper.Core.Programme;
using RoleMapper.Core.Sector;

namespace RoleMapper.Core.Mot;

/// <summary>One strand of the MOT: the council's own stages, the adviser's, and what the adviser said at the review before.</summary>
public sealed record MotStrand(
    MaturityStrand Strand,
    StageResult? SelfCurrent,
    MaturityLevel? SelfTarget,
    MaturityLevel? External,
    string? Comment,
    MaturityLevel? PreviousExternal,
    double? National,
    double? Region,
    double? Type);

/// <summary>One measure beside its averages for the council's nation, region and type (null where hidden or missing).</summary>
public sealed record MotComparison(string Measure, double? Council, GroupAverage National, GroupAverage Region, GroupAverage Type);

/// <summary>Everything the MOT report shows: the review, the strands, the comparisons, priorities and the review before.</summary>
public sealed record MotReport(
    MotReview Review,
    string CouncilName,
    OrganisationType CouncilType,
    EnglishRegion CouncilRegion,
    DateOnly? AssessedOn,
    IReadOnlyList<MotStrand> Strands,
    IReadOnlyList<MotComparison> Comparisons,
    ProgrammeYear? Programme,
    MotReview? Previous)
{
    public string YearText => new FinancialYear(Review.ProgrammeYear).ToString();
}
