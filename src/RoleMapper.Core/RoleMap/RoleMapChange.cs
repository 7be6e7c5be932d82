namespace RoleMapper.Core.RoleMap;

/// <summary>
/// One change to one role of the sector role map: who made it (an email address, kept as text so the line outlives
/// the account), when, and what changed in words ("Standards: ST0001, ST0002 → ST0003"). Its ids also tell every node
/// that the map changed (<see cref="RoleMapDbSource"/>).
/// </summary>
public sealed class RoleMapChange
{
    public const int MaxWhatLength = 2000;

    public long Id { get; set; }
    public required string EntryId { get; set; }
    public DateTime AtUtc { get; set; }
    public required string By { get; set; }
    public required string What { get; set; }
}
