using RoleMapper.Core.Workspace;
namespace RoleMapper.Core.Export;

/// <summary>
/// One job role and the standard it is mapped to (confirmed or only suggested). The standard's fields are those of its
/// current approved version, or of the version mapped when it has none any more; they are empty when there is no
/// standard.
/// </summary>
public sealed record RoleMapRow
{
    public required string Title { get; init; }

    public string? ServiceArea { get; init; }

    /// <summary>The department or team, as the council imported or typed it.</summary>
    public string? Department { get; init; }

    public string? JobFamily { get; init; }

    public string? Grade { get; init; }

    /// <summary>Number of posts; null when the council did not give one (then it counts as 0 posts in the figures).</summary>
    public int? Headcount { get; init; }

    /// <summary>Full-time equivalent, which may be fractional.</summary>
    public decimal? Fte { get; init; }

    /// <summary>The council's own notes about the role.</summary>
    public string? Notes { get; init; }

    public MappingStatus Status { get; init; }

    /// <summary>Set after a feed import retired, withdrew or replaced the mapped standard, or it left the feed.</summary>
    public bool NeedsReview { get; init; }

    /// <summary>Why the role needs review, as shown ("Standard retired on 01/04/2026").</summary>
    public string? ReviewReason { get; init; }

    public string? StandardReference { get; init; }

    public string? StandardTitle { get; init; }

    public int? Level { get; init; }

    public string? Route { get; init; }

    public int? TypicalDurationMonths { get; init; }

    /// <summary>The funding band maximum in whole pounds.</summary>
    public int? MaxFundingGbp { get; init; }

    /// <summary>As shown, e.g. "Approved for delivery", "Retired", "Approved (paused for starts)".</summary>
    public string? StandardStatus { get; init; }

    /// <summary>The matcher's confidence as shown ("High", "Medium", "Low"); null when there was no suggestion.</summary>
    public string? Confidence { get; init; }

    public string? ConfirmedBy { get; init; }

    /// <summary>In UTC; the workbook shows the UK date.</summary>
    public DateTime? ConfirmedAtUtc { get; init; }

    /// <summary>The standard's page on the Skills England site; only an absolute http(s) address becomes a link.</summary>
    public string? StandardPageUrl { get; init; }

    /// <summary>Alternative standards the council also accepted for the role, as "ST1025 Urban driver (level 2)".</summary>
    public IReadOnlyList<string> AlternativeStandards { get; init; } = [];

    /// <summary>The note kept with the role's standing decision (confirmed, or no suitable standard).</summary>
    public string? DecisionNote { get; init; }

    /// <summary>Every decision about the role, one a line, newest first (<see cref="Workspace.RoleHistory.Summary"/>).</summary>
    public string? DecisionHistory { get; init; }

    /// <summary>Whether the role counts towards coverage: confirmed, and with a standard.</summary>
    public bool HasConfirmedStandard => Status == MappingStatus.Confirmed && !string.IsNullOrWhiteSpace(StandardReference);
}
