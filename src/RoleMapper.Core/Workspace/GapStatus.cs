namespace RoleMapper.Core.Workspace;

public enum GapStatus
{
    Open,
    PlanInPlace,
    Closed,
}
