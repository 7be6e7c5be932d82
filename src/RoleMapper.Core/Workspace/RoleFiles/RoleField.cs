namespace RoleMapper.Core.Workspace.RoleFiles;

/// <summary>The columns a role file can have. Only <see cref="Title"/> is required.</summary>
public enum RoleField
{
    Title,
    ServiceArea,
    Department,
    JobFamily,
    Grade,
    Headcount,
    Fte,
    Notes,
}
