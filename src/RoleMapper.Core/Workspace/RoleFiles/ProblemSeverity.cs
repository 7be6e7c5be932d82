namespace RoleMapper.Core.Workspace.RoleFiles;

/// <summary>How bad a row's problem is.</summary>
public enum ProblemSeverity
{
    /// <summary>The row is read, but the user should look at it.</summary>
    Warning,

    /// <summary>The row cannot be saved as it is.</summary>
    Error,
}
