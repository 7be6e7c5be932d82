using RoleMapper.Core.Programme;

namespace RoleMapper.Core.Plan;

/// <summary>One line of the plan as pages and the Excel map show it, priced now.</summary>
/// <param name="Label">"ST1025 Urban driver (level 2)".</param>
/// <param name="UnitPrice">The band for the line's year; null when the standard cannot be priced (no approved version).</param>
public sealed record PlanLineView(int Id, string Reference, string Label, FinancialYear Year, int Starts, int? UnitPrice, string? PriceNote,
    string? Source, bool NeedsReview, string? ReviewReason)
{
    public long Cost => (long)(UnitPrice ?? 0) * Starts;
}

/// <summary>The figures of one programme year a plan can start from: levy paid in whole pounds and headcount.</summary>
public sealed record ProgrammeBasis(string YearText, long LevyPaid, int Headcount);

/// <summary>A standard the council could plan starts on, and why RoleMapper offers it.</summary>
public sealed record PlanCandidate(string Reference, string Label, string Why);

/// <summary>The plan's starts in one year against the public-sector target, when the headcount is known.</summary>
public sealed record TargetYear(FinancialYear Year, int Starts, double? ShareOfHeadcount, int? TargetStarts);

/// <summary>
/// A council's plan as it stands: its figures (defaults when it has not saved any), its lines priced from today's feed,
/// the levy account year by year, and the target share reached.
/// </summary>
public sealed record PlanView
{
    public required bool Saved { get; init; }
    public required FinancialYear FirstYear { get; init; }
    public long? AnnualLevy { get; init; }
    public long OpeningBalance { get; init; }
    public int? Headcount { get; init; }
    /// <summary>Posts across the council's roles, offered as the headcount when none was entered; null when no role has one.</summary>
    public int? PostsInRoles { get; init; }
    /// <summary>The council's latest programme year, whose levy paid and headcount are offered for the plan's figures
    /// until the council saves its own; null when it has entered none.</summary>
    public ProgrammeBasis? LatestProgrammeYear { get; init; }
    public required IReadOnlyList<FinancialYear> Years { get; init; }
    /// <summary>Lines in the plan's years, by year then label.</summary>
    public required IReadOnlyList<PlanLineView> Lines { get; init; }
    /// <summary>Lines kept from years outside the plan's three (the start year was moved); not counted in the totals.</summary>
    public required IReadOnlyList<PlanLineView> OtherLines { get; init; }
    /// <summary>The levy account by year; empty until the council enters the levy it expects.</summary>
    public required IReadOnlyList<LevyYear> Levy { get; init; }
    public required IReadOnlyList<TargetYear> Target { get; init; }
    public required double TargetShare { get; init; }
    public required int LevyExpiryMonths { get; init; }
    public required IReadOnlyList<PlanCandidate> Candidates { get; init; }

    public long CostOf(FinancialYear year) => Lines.Where(l => l.Year == year).Sum(l => l.Cost);
    public int FlaggedLines => Lines.Concat(OtherLines).Count(l => l.NeedsReview);
}

/// <summary>The plan's own figures as a council types them.</summary>
public sealed record PlanSettings(string? FirstYear, long? AnnualLevy, long? OpeningBalance, int? Headcount);

public enum PlanField
{
    FirstYear,
    AnnualLevy,
    OpeningBalance,
    Headcount,
    Standard,
    Year,
    Starts,
}

/// <summary>One reason a plan change cannot be saved, in words for the person, with the field it is about.</summary>
public sealed record PlanProblem(PlanField Field, string Message);
