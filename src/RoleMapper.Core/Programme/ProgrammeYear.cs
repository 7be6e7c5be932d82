using RoleMapper.Core.Tenancy;

namespace RoleMapper.Core.Programme;

/// <summary>
/// A council's apprenticeship programme in one financial year (April to March): its headcount and starts, what happened
/// to its levy, and its maintained schools. One row per council and year. Amounts are whole pounds and pence.
/// </summary>
public sealed class ProgrammeYear : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    /// <summary>The calendar year the financial year starts in: 2025 is "2025-26" (April 2025 to March 2026).</summary>
    public int Year { get; set; }
    public int Headcount { get; set; }
    public int StartsNewRecruits { get; set; }
    public int StartsExistingStaff { get; set; }
    public decimal LevyPaid { get; set; }
    public decimal LevySpent { get; set; }
    public decimal LevyTransferredOut { get; set; }
    public decimal LevyExpired { get; set; }
    /// <summary>Maintained schools whose staff are on the council's levy.</summary>
    public int SchoolsOnLevy { get; set; }
    public int SchoolStarts { get; set; }
    public decimal SchoolsLevySpent { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public string? UpdatedByName { get; set; }

    /// <summary>Starts of both kinds; schools' starts are counted apart, as the LGA's MOT shows them.</summary>
    public int Starts => StartsNewRecruits + StartsExistingStaff;

    /// <summary>"2025-26", the way the sector writes a financial year.</summary>
    public string YearText => new FinancialYear(Year).ToString();
}
