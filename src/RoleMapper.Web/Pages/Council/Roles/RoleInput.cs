using System.ComponentModel.DataAnnotations;
using RoleMapper.Core.Workspace;
using RoleMapper.Core.Workspace.RoleFiles;

namespace RoleMapper.Web.Pages.Council.Roles;

/// <summary>The fields of a role, shared by adding and changing one. Limits are those of an imported file.</summary>
public sealed class RoleInput
{
    [Required(ErrorMessage = "Enter the job title")]
    [StringLength(RoleFileLimits.MaxTitleLength, ErrorMessage = "Enter a job title of 200 characters or fewer")]
    public string? Title { get; set; }

    [StringLength(RoleFileLimits.MaxTextLength, ErrorMessage = "Enter a service area of 200 characters or fewer")]
    public string? ServiceArea { get; set; }

    [StringLength(RoleFileLimits.MaxTextLength, ErrorMessage = "Enter a department or team of 200 characters or fewer")]
    public string? Department { get; set; }

    [StringLength(RoleFileLimits.MaxTextLength, ErrorMessage = "Enter a job family of 200 characters or fewer")]
    public string? JobFamily { get; set; }

    [StringLength(RoleFileLimits.MaxTextLength, ErrorMessage = "Enter a grade of 200 characters or fewer")]
    public string? Grade { get; set; }

    [Display(Name = "number of posts")]
    [Range(0, RoleFileLimits.MaxHeadcount, ErrorMessage = "Enter a number of posts from 0 to 100,000")]
    public int? Headcount { get; set; }

    [Display(Name = "full-time equivalent")]
    [Range(typeof(decimal), "0", "100000", ErrorMessage = "Enter a full-time equivalent from 0 to 100,000, like 2.5")]
    public decimal? Fte { get; set; }

    [StringLength(RoleFileLimits.MaxNotesLength, ErrorMessage = "Enter notes of 2,000 characters or fewer")]
    public string? Notes { get; set; }

    public static RoleInput From(JobRole role) => new()
    {
        Title = role.Title, ServiceArea = role.ServiceArea, Department = role.Department, JobFamily = role.JobFamily,
        Grade = role.Grade, Headcount = role.Headcount, Fte = role.Fte, Notes = role.Notes,
    };

    /// <summary>Copies the fields onto the role, trimmed, with blanks as "not given".</summary>
    public void ApplyTo(JobRole role)
    {
        role.Title = Clean(Title) ?? "";
        role.ServiceArea = Clean(ServiceArea);
        role.Department = Clean(Department);
        role.JobFamily = Clean(JobFamily);
        role.Grade = Clean(Grade);
        role.Headcount = Headcount;
        role.Fte = Fte;
        role.Notes = Notes?.Trim() is { Length: > 0 } notes ? notes : null;
    }

    private static string? Clean(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) is { Length: > 0 } t ? t : null;
}
