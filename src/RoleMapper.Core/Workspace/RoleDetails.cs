namespace RoleMapper.Core.Workspace;

/// <summary>
/// What a council says about one of its roles, as a form or a row of a role file gives it: the fields of
/// <see cref="JobRole"/> a person writes, with text already tidied. The mapping is the matcher's and the council's
/// decisions' business, not this.
/// </summary>
public sealed record RoleDetails(string Title)
{
    public string? ServiceArea { get; init; }
    public string? Department { get; init; }
    public string? JobFamily { get; init; }
    public string? Grade { get; init; }
    public int? Headcount { get; init; }
    public decimal? Fte { get; init; }
    public string? Notes { get; init; }

    public RoleKey Key => new(Title, ServiceArea, Department);

    public static RoleDetails Of(JobRole role) => new(role.Title)
    {
        ServiceArea = role.ServiceArea, Department = role.Department, JobFamily = role.JobFamily, Grade = role.Grade,
        Headcount = role.Headcount, Fte = role.Fte, Notes = role.Notes,
    };

    public void ApplyTo(JobRole role)
    {
        (role.Title, role.ServiceArea, role.Department, role.JobFamily) = (Title, ServiceArea, Department, JobFamily);
        (role.Grade, role.Headcount, role.Fte, role.Notes) = (Grade, Headcount, Fte, Notes);
    }
}
