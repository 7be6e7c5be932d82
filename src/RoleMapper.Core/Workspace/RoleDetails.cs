namespace RoleMapper.Core.Workspace;

/// <summary>
/// What a council says about one of its roles, as a form or a row of a role file gives it: the fields of
/// <see cref="JobRole"/> a person writes, with text already tidied. The mapping is the matcher's and the council's
/// decisions' business, not this.
/// </summary>
public sealed record RoleDetails(string Title, string? ServiceArea = null, string? Department = null, string? JobFamily = null,
    string? Grade = null, int? Headcount = null, decimal? Fte = null, string? Notes = null)
{
    public RoleKey Key => new(Title, ServiceArea, Department);

    public static RoleDetails Of(JobRole role) =>
        new(role.Title, role.ServiceArea, role.Department, role.JobFamily, role.Grade, role.Headcount, role.Fte, role.Notes);

    public void ApplyTo(JobRole role)
    {
        (role.Title, role.ServiceArea, role.Department, role.JobFamily) = (Title, ServiceArea, Department, JobFamily);
        (role.Grade, role.Headcount, role.Fte, role.Notes) = (Grade, Headcount, Fte, Notes);
    }
}
