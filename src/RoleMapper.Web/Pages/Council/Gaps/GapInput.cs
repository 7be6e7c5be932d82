using System.ComponentModel.DataAnnotations;
using RoleMapper.Core.Matching;

namespace RoleMapper.Web.Pages.Council.Gaps;

/// <summary>
/// The skills-gap form as posted, for both recording and changing a gap. Properties are in the order of the form's
/// fields, which is the order the error summary lists their problems in. Messages take their numbers from the limits
/// ({1} is the longest length, {1} and {2} a range's ends); the rules that need the council's data are Core's.
/// </summary>
public sealed class GapInput
{
    public GapSubject? About { get; set; }

    [Display(Name = "job role")]
    public int? RoleId { get; set; }

    [StringLength(SkillsGap.MaxServiceAreaLength, ErrorMessage = "Enter a service area of {1:N0} characters or fewer")]
    public string? ServiceArea { get; set; }

    [Required(ErrorMessage = "Describe the skills gap")]
    [StringLength(SkillsGap.MaxDescriptionLength, ErrorMessage = "Describe the skills gap in {1:N0} characters or fewer")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Choose a priority")]
    public GapPriority? Priority { get; set; }

    [Range(1, SkillsGap.MaxPostsAffected, ErrorMessage = "Enter the number of posts affected as a whole number from {1:N0} to {2:N0}")]
    [Display(Name = "number of posts affected")]
    public int? PostsAffected { get; set; }

    public bool HardToFill { get; set; }

    public bool SuccessionRisk { get; set; }

    public List<string> LinkedStandards { get; set; } = [];

    [StringLength(IStandardMatcher.MaxTitleLength, ErrorMessage = "Enter a job title or words of {1:N0} characters or fewer")]
    public string? StandardSearch { get; set; }

    [Required(ErrorMessage = "Choose a status")]
    public GapStatus? Status { get; set; }

    [Display(Name = "target date")]
    public DateOnly? TargetDate { get; set; }

    public static GapInput From(GapDetails gap) => new()
    {
        About = gap.About,
        RoleId = gap.RoleId,
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

    /// <summary>The gap as posted; what the form left out is blank or the default, for Core to check or the form to refuse.</summary>
    public GapDetails ToDetails() => new(About, Description ?? "", RoleId, ServiceArea, Priority ?? GapPriority.Medium, PostsAffected,
        HardToFill, SuccessionRisk, LinkedStandards, Status ?? GapStatus.Open, TargetDate);
}
