namespace RoleMapper.Core.Workspace;

/// <summary>Where a role's mapping stands. Only <see cref="Confirmed"/> counts towards coverage.</summary>
public enum MappingStatus
{
    /// <summary>Nobody has looked at the role and the matcher had nothing to offer.</summary>
    Unmapped,
    /// <summary>The matcher's top suggestion, not yet confirmed by the council.</summary>
    Suggested,
    Confirmed,
    /// <summary>The council decided no apprenticeship standard fits the role.</summary>
    NoSuitableStandard,
}
