namespace RoleMapper.Core.Export;

/// <summary>What a feed import did to a standard a council's roles are mapped to.</summary>
public enum FeedChangeKind
{
    NewVersion,
    Retired,
    Withdrawn,
    /// <summary>The standard left the feed without being marked withdrawn.</summary>
    Vanished,
}
