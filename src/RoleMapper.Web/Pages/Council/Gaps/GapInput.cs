using System.ComponentModel.DataAnnotations;
using RoleMapper.Core.Workspace;

namespace RoleMapper.Web.Pages.Council.Gaps;

/// <summary>What the gap is recorded against.</summary>
public enum GapSubject
{
    Role,
    ServiceArea,
}

/// <summary>
/// The skills-gap form as posted, for both recording and changing a gap. Properties are in the order of the form's
/// fields, which is the order the error summary lists their problems in.
/// </summary>
public sealed class GapInput
{
    [Required(ErrorMessage = "Choose whether the gap is about a job role or a whole service area")]
    public GapSubject? About { get; set; }

    [Display(Name = "job role")]
    public int? RoleId { get; set; }

    [StringLength(200, ErrorMessage = "Enter a service area of 200 characters or fewer")]
    public string? ServiceArea { get; set; }

    [Required(ErrorMessage = "Describe the skills gap")]
    [StringLength(2000, ErrorMessage = "Describe the skills gap in 2,000 characters or fewer")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Choose a priority")]
    public GapPriority? Priority { get; set; }

    [Range(1, 100_000, ErrorMessage = "Enter the number of posts affected as a whole number from 1 to 100,000")]
    [Display(Name = "number of posts affected")]
    public int? PostsAffected { get; set; }

    public bool HardToFill { get; set; }

    public bool SuccessionRisk { get; set; }

    public List<string> LinkedStandards { get; set; } = [];

    [StringLength(200, ErrorMessage = "Enter a job title or words of 200 characters or fewer")]
    public string? StandardSearch { get; set; }

    [Required(ErrorMessage = "Choose a status")]
    public GapStatus? Status { get; set; }

    [Display(Name = "target date")]
    public DateOnly? TargetDate { get; set; }

    public static GapInput From(SkillsGap gap) => new()
    {
        About = gap.JobRoleId is null ? GapSubject.ServiceArea : GapSubject.Role,
        RoleId = gap.JobRoleId,
        ServiceArea = gap.ServiceArea,
        Description = gap.Description,
        Priority = gap.Priority,
        PostsAffected = gap.PostsAffected,
        HardToFill = gap.HardToFill,
        SuccessionRisk = gap.SuccessionRisk,
        LinkedStandards = [.. gap.LinkedStandards],
        Status = gap.Status,
        TargetDate = gap.TargetDate,
    };

    /// <summary>
    /// Copies checked input onto the gap. A gap about a role also keeps the role's service area, so it still says
    /// where it is if the role is deleted (the link is then cleared, see SkillsGapConfiguration).
    /// </summary>
    public void ApplyTo(SkillsGap gap, string? roleServiceArea)
    {
        gap.JobRoleId = About == GapSubject.Role ? RoleId : null;
        gap.ServiceArea = About == GapSubject.Role ? roleServiceArea : ServiceArea!.Trim();
        gap.Description = Description!.Trim();
        gap.Priority = Priority!.Value;
        gap.PostsAffected = PostsAffected;
        gap.HardToFill = HardToFill;
        gap.SuccessionRisk = SuccessionRisk;
        gap.LinkedStandards = [.. LinkedStandards];
        gap.Status = Status!.Value;
        gap.TargetDate = TargetDate;
    }
}
