using RoleMapper.Core.Tenancy;

namespace RoleMapper.Core.Workspace;

/// <summary>A skills gap a council recorded against one of its roles or a whole service area.</summary>
public sealed class SkillsGap : IOrganisationOwned
{
    public const int MaxDescriptionLength = 2000;
    public const int MaxServiceAreaLength = 200;
    public const int MaxPostsAffected = 100_000;

    public int Id { get; set; }
    public int OrganisationId { get; set; }
    /// <summary>The role the gap is about; null when it is recorded against <see cref="ServiceArea"/>.</summary>
    public int? JobRoleId { get; set; }
    public JobRole? JobRole { get; set; }
    public string? ServiceArea { get; set; }

    public required string Description { get; set; }
    public GapPriority Priority { get; set; } = GapPriority.Medium;
    public int? PostsAffected { get; set; }
    public bool HardToFill { get; set; }
    public bool SuccessionRisk { get; set; }
    /// <summary>References of standards that could close the gap, from the role's mapping or from search.</summary>
    public List<string> LinkedStandards { get; set; } = [];
    public GapStatus Status { get; set; }
    public DateOnly? TargetDate { get; set; }

    public DateTime CreatedUtc { get; set; }
    public string? CreatedByName { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
