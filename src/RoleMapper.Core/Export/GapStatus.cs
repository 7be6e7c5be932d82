namespace RoleMapper.Core.Export;

public enum GapStatus
{
    Open,
    PlanInPlace,
    Closed,
}
