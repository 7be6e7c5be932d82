using RoleMapper.Core.Programme;
using RoleMapper.Core.Tenancy;

namespace RoleMapper.Core.Plan;

/// <summary>
/// A council's three-year apprenticeship plan: the figures the council enters (its first year, the levy it expects each
/// year, the unspent funds it starts with, its headcount). One per council; its lines are <see cref="PlanLine"/> rows.
/// </summary>
public sealed class LevyPlan : IOrganisationOwned
{
    public const int Years = 3;
    public const long MaxPounds = 1_000_000_000;
    public const int MaxHeadcount = 1_000_000;

    public int Id { get; set; }
    public int OrganisationId { get; set; }
    /// <summary>The plan's first financial year, by its first calendar year (2026 for "2026-27").</summary>
    public int StartYear { get; set; }
    /// <summary>Levy the council expects to go into its account each year, in whole pounds; null until entered.</summary>
    public long? AnnualLevy { get; set; }
    /// <summary>Unspent levy funds in the account when the plan starts, in whole pounds.</summary>
    public long OpeningBalance { get; set; }
    /// <summary>The council's headcount, for the public-sector target; null when not known.</summary>
    public int? Headcount { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public string? UpdatedByName { get; set; }

    public FinancialYear FirstYear => new(StartYear);
}
