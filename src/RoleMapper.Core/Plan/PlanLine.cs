using RoleMapper.Core.Programme;
using RoleMapper.Core.Tenancy;

namespace RoleMapper.Core.Plan;

/// <summary>
/// Planned apprenticeship starts on one standard in one financial year. It points at the standard (reference), not a
/// version: its price is worked out from the feed whenever it is shown (<see cref="PlanPricing"/>).
/// <see cref="PricedAt"/> is the unit price when the council planned or last reviewed the line, so an import can tell
/// that the band moved (<see cref="FlagPlanLines"/>).
/// </summary>
public sealed class PlanLine : IOrganisationOwned
{
    public const int MaxStarts = 10_000;
    public const int MaxSourceLength = 300;
    public const int MaxReasonLength = 500;

    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public required string Reference { get; set; }
    /// <summary>The financial year of the starts, by its first calendar year.</summary>
    public int Year { get; set; }
    public int Starts { get; set; }
    /// <summary>Why the line is in the plan: the skills gap or confirmed roles it came from; null when added by hand.</summary>
    public string? Source { get; set; }
    public int? PricedAt { get; set; }

    /// <summary>Set after an import retired or withdrew the standard or changed its band for the line's year.</summary>
    public bool NeedsReview { get; set; }
    public string? ReviewReason { get; set; }
    public DateTime? ReviewFlaggedUtc { get; set; }

    public DateTime CreatedUtc { get; set; }
    public string? CreatedByName { get; set; }
    public DateTime UpdatedUtc { get; set; }

    public FinancialYear FinancialYear => new(Year);
}
