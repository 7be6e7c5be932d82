namespace RoleMapper.Core.Export;

/// <summary>
/// Everything one council's Excel map shows, as plain values: what <see cref="CouncilMapWorkbook.Write"/> needs and
/// nothing of the database. Fill each list with one query; the order does not matter, because the writer sorts the
/// rows itself so the same data always gives the same file.
/// </summary>
public sealed record CouncilMap
{
    public required string CouncilName { get; init; }

    /// <summary>As shown, e.g. "District", "Unitary", "London borough"; empty when not known.</summary>
    public string CouncilType { get; init; } = "";

    /// <summary>As shown, e.g. "South West"; empty when not known.</summary>
    public string Region { get; init; } = "";

    /// <summary>When the export was made, in UTC; the workbook shows it in UK time and stamps the file with it.</summary>
    public required DateTime GeneratedAtUtc { get; init; }

    /// <summary>Who made the export, as shown (a name or an email address).</summary>
    public string GeneratedBy { get; init; } = "";

    /// <summary>The date of the standards feed the mappings were checked against; null when none was imported.</summary>
    public DateOnly? FeedDate { get; init; }

    public IReadOnlyList<RoleMapRow> Roles { get; init; } = [];

    public IReadOnlyList<SkillsGapRow> SkillsGaps { get; init; } = [];

    /// <summary>Feed changes since the council's last export that touch standards its roles are mapped to.</summary>
    public IReadOnlyList<FeedChangeRow> Changes { get; init; } = [];

    /// <summary>The latest maturity self-assessment; the workbook has a Maturity sheet only when this is given.</summary>
    public MaturitySection? Maturity { get; init; }

    /// <summary>The council's programme years with their shares; a Programme sheet only when there are any.</summary>
    public IReadOnlyList<Programme.ProgrammeShares> Programme { get; init; } = [];

    /// <summary>The council's latest published MOT; an MOT sheet only when there is one.</summary>
    public Mot.MotReport? Mot { get; init; }
    /// <summary>The costed plan, priced when the map was made; the workbook has a Plan sheet only when this is given.</summary>
    public Plan.PlanView? Plan { get; init; }
}
