using RoleMapper.Core.Workspace;
namespace RoleMapper.Core.Export;

/// <summary>One skills gap the council recorded against a role or a service area.</summary>
public sealed record SkillsGapRow
{
    public required string Description { get; init; }

    /// <summary>The role's title, or the service area when the gap is recorded against a whole area.</summary>
    public string? RoleOrServiceArea { get; init; }

    public GapPriority Priority { get; init; } = GapPriority.Medium;

    public int? PostsAffected { get; init; }

    public bool HardToFill { get; init; }

    public bool SuccessionRisk { get; init; }

    /// <summary>The standards that could close the gap, as "ST1025 Urban driver (level 2)".</summary>
    public IReadOnlyList<string> LinkedStandards { get; init; } = [];

    public GapStatus Status { get; init; }

    public DateOnly? TargetDate { get; init; }
}
