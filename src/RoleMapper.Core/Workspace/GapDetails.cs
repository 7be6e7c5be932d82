namespace RoleMapper.Core.Workspace;

/// <summary>What a skills gap is recorded against.</summary>
public enum GapSubject
{
    Role,
    ServiceArea,
}

/// <summary>
/// A skills gap as a council describes it, for recording or changing one: about one of its roles
/// (<see cref="RoleId"/>) or a whole service area (<see cref="ServiceArea"/>), with the standards that could close it.
/// <see cref="About"/> is null when the council has not said which.
/// </summary>
public sealed record GapDetails(GapSubject? About, string Description)
{
    public int? RoleId { get; init; }
    public string? ServiceArea { get; init; }
    public GapPriority Priority { get; init; } = GapPriority.Medium;
    public int? PostsAffected { get; init; }
    public bool HardToFill { get; init; }
    public bool SuccessionRisk { get; init; }
    /// <summary>References as ticked or typed; they are trimmed, upper-cased and de-duplicated when saved.</summary>
    public IReadOnlyList<string> LinkedStandards { get; init; } = [];
    public GapStatus Status { get; init; }
    public DateOnly? TargetDate { get; init; }

    public static GapDetails Of(SkillsGap gap) => new(gap.JobRoleId is null ? GapSubject.ServiceArea : GapSubject.Role, gap.Description)
    {
        RoleId = gap.JobRoleId, ServiceArea = gap.ServiceArea, Priority = gap.Priority, PostsAffected = gap.PostsAffected,
        HardToFill = gap.HardToFill, SuccessionRisk = gap.SuccessionRisk, LinkedStandards = [.. gap.LinkedStandards],
        Status = gap.Status, TargetDate = gap.TargetDate,
    };
}

/// <summary>Which part of a gap a problem is about, so a form can show it beside the field.</summary>
public enum GapField
{
    About,
    Role,
    ServiceArea,
    LinkedStandards,
    TargetDate,
}

/// <summary>One reason a gap cannot be saved, in words for the person.</summary>
public sealed record GapProblem(GapField Field, string Message);
