namespace RoleMapper.Core.Workspace.RoleFiles;

/// <summary>One problem of one row, with a message written for the person who made the file.</summary>
public sealed record RowProblem(ProblemSeverity Severity, string Message);
