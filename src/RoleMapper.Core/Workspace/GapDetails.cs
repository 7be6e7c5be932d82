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
/// <see cref="About"/> is null when the council has not said which. <see cref="LinkedStandards"/> are references as ticked
/// or typed; they are trimmed, upper-cased and de-duplicated when saved.
/// </summary>
public sealed record GapDetails(GapSubject? About, string Description, int? RoleId = null, string? ServiceArea = null,
    GapPriority Priority = GapPriority.Medium, int? PostsAffected = null, bool HardToFill = false, bool SuccessionRisk = false,
    IReadOnlyList<string>? LinkedStandards = null, GapStatus Status = GapStatus.Open, DateOnly? TargetDate = null)
{
    public IReadOnlyList<string> LinkedStandards { get; init; } = LinkedStandards ?? [];

    public static GapDetails Of(SkillsGap gap) => new(gap.JobRoleId is null ? GapSubject.ServiceArea : GapSubject.Role, gap.Description,
        gap.JobRoleId, gap.ServiceArea, gap.Priority, gap.PostsAffected, gap.HardToFill, gap.SuccessionRisk, [.. gap.LinkedStandards],
        gap.Status, gap.TargetDate);
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
