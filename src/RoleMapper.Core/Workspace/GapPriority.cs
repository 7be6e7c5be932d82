namespace RoleMapper.Core.Workspace;

/// <summary>A skills gap's priority; the highest is listed first.</summary>
public enum GapPriority
{
    High,
    Medium,
    Low,
}
