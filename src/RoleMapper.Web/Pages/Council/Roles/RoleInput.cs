using System.ComponentModel.DataAnnotations;
using RoleMapper.Core.Workspace.RoleFiles;

namespace RoleMapper.Web.Pages.Council.Roles;

/// <summary>
/// The fields of a role, shared by adding and changing one. Limits are those of an imported file; the messages take
/// their numbers from them ({1} is the longest length, {1} and {2} a range's ends).
/// </summary>
public sealed class RoleInput
{
    [Required(ErrorMessage = "Enter the job title")]
    [StringLength(RoleFileLimits.MaxTitleLength, ErrorMessage = "Enter a job title of {1:N0} characters or fewer")]
    public string? Title { get; set; }

    [StringLength(RoleFileLimits.MaxTextLength, ErrorMessage = "Enter a service area of {1:N0} characters or fewer")]
    public string? ServiceArea { get; set; }

    [StringLength(RoleFileLimits.MaxTextLength, ErrorMessage = "Enter a department or team of {1:N0} characters or fewer")]
    public string? Department { get; set; }

    [StringLength(RoleFileLimits.MaxTextLength, ErrorMessage = "Enter a job family of {1:N0} characters or fewer")]
    public string? JobFamily { get; set; }

    [StringLength(RoleFileLimits.MaxTextLength, ErrorMessage = "Enter a grade of {1:N0} characters or fewer")]
    public string? Grade { get; set; }

    [Display(Name = "number of posts")]
    [Range(0, RoleFileLimits.MaxHeadcount, ErrorMessage = "Enter a number of posts from {1:N0} to {2:N0}")]
    public int? Headcount { get; set; }

    [Display(Name = "full-time equivalent")]
    [Range(0d, RoleFileLimits.MaxHeadcount, ErrorMessage = "Enter a full-time equivalent from {1:N0} to {2:N0}, like 2.5")]
    public decimal? Fte { get; set; }

    [StringLength(RoleFileLimits.MaxNotesLength, ErrorMessage = "Enter notes of {1:N0} characters or fewer")]
    public string? Notes { get; set; }

    public static RoleInput From(RoleDetails role) => new()
    {
        Title = role.Title, ServiceArea = role.ServiceArea, Department = role.Department, JobFamily = role.JobFamily,
        Grade = role.Grade, Headcount = role.Headcount, Fte = role.Fte, Notes = role.Notes,
    };

    /// <summary>The role as typed, trimmed, with blanks as "not given".</summary>
    public RoleDetails ToDetails() => new(Clean(Title) ?? "", Clean(ServiceArea), Clean(Department), Clean(JobFamily), Clean(Grade),
        Headcount, Fte, Notes?.Trim() is { Length: > 0 } notes ? notes : null);

    private static string? Clean(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) is { Length: > 0 } t ? t : null;
}
