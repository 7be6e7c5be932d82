using RoleMapper.Core.Matching;
using RoleMapper.Core.Tenancy;

namespace RoleMapper.Core.Workspace;

/// <summary>
/// One of a council's job roles and where its mapping to an apprenticeship standard stands. The matcher's top
/// suggestion is kept on the row (refreshed when the title changes and after every feed import) so the workspace can
/// filter, count and bulk-confirm by confidence in the database instead of re-matching thousands of titles per page.
/// The confirmed standard and any alternatives or rejected suggestions are <see cref="RoleStandard"/> rows.
/// </summary>
public sealed class JobRole : IOrganisationOwned
{
    /// <summary>A suggestion's reason is kept to this length, on the role and with a decision.</summary>
    public const int MaxReasonLength = 500;

    public int Id { get; set; }
    public int OrganisationId { get; set; }

    public required string Title { get; set; }
    public string? ServiceArea { get; set; }
    public string? Department { get; set; }
    public string? JobFamily { get; set; }
    public string? Grade { get; set; }
    /// <summary>Number of posts; null when the council did not say.</summary>
    public int? Headcount { get; set; }
    /// <summary>Full-time equivalent, which may be fractional.</summary>
    public decimal? Fte { get; set; }
    public string? Notes { get; set; }

    public MappingStatus Status { get; set; }
    /// <summary>Why the council confirmed, rejected or chose "no suitable standard".</summary>
    public string? MappingNote { get; set; }
    public string? MappedByUserId { get; set; }
    /// <summary>Kept as text so the record survives the person leaving the council's account.</summary>
    public string? MappedByName { get; set; }
    public DateTime? MappedUtc { get; set; }

    /// <summary>Set after an import retired, withdrew, re-versioned or dropped the confirmed standard.</summary>
    public bool NeedsReview { get; set; }
    public string? ReviewReason { get; set; }
    public DateTime? ReviewFlaggedUtc { get; set; }

    /// <summary>The matcher's best suggestion for <see cref="Title"/>; null when it found nothing.</summary>
    public string? SuggestedReference { get; set; }
    public Confidence? SuggestedConfidence { get; set; }
    public string? SuggestedReason { get; set; }
    public DateTime? SuggestedUtc { get; set; }

    public DateTime CreatedUtc { get; set; }
    public string? CreatedByName { get; set; }
    public DateTime UpdatedUtc { get; set; }

    public List<RoleStandard> Standards { get; set; } = [];

    /// <summary>What makes two roles the same role (<see cref="RoleKey"/>).</summary>
    public RoleKey Key => new(Title, ServiceArea, Department);
}
