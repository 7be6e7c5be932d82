using RoleMapper.Core.Maturity;

namespace RoleMapper.Core.Mot;

/// <summary>
/// The LGA's Apprenticeship MOT of one council: an adviser's external assessment per strand beside the council's own,
/// improvement priorities and where LGA support can help. Written by the sector role, so it is deliberately not
/// <see cref="Tenancy.IOrganisationOwned"/>: the adviser belongs to no council (or to another one) and must save it,
/// while the council may read it only once published. <see cref="MotReviews"/> is the one place that enforces both.
/// A council can have many, one per review; the one before shows what moved.
/// </summary>
public sealed class MotReview
{
    // The report must print on two A4 pages at the longest the form allows (ProgrammeAndMotFlowTests measures it):
    // a strand comment is a few sentences, the priorities and the support a short list each.
    public const int MaxCommentLength = 300;
    public const int MaxTextLength = 800;
    public const int MaxTextLines = 6;

    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public DateOnly ReviewedOn { get; set; }
    /// <summary>The financial year whose programme figures the review compares (see <see cref="Programme.FinancialYear"/>).</summary>
    public int ProgrammeYear { get; set; }
    /// <summary>The council's self-assessment the review was set against; its stages follow from it by the stage rule.</summary>
    public int? AssessmentId { get; set; }
    public List<MotStrandRecord> Strands { get; set; } = [];
    public string? Priorities { get; set; }
    public string? LgaSupport { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string? CreatedByName { get; set; }
    public DateTime UpdatedUtc { get; set; }
    /// <summary>Null while a draft: the council sees nothing of it.</summary>
    public DateTime? PublishedUtc { get; set; }
    public string? PublishedByName { get; set; }

    public bool IsPublished => PublishedUtc is not null;
}

/// <summary>The adviser's stage for one strand and why.</summary>
public sealed class MotStrandRecord
{
    public required string StrandId { get; set; }
    public MaturityLevel? External { get; set; }
    public string? Comment { get; set; }
}
