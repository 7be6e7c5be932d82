namespace RoleMapper.Core.RoleMap;

/// <summary>
/// One role of the sector role map as the download shows it: the map's own words, and its standards named from today's
/// feed (a renamed standard shows its new title, a retired one says so).
/// </summary>
/// <param name="CheckedAgainst">The feed date the mapping was checked against; null when the map's text is no date,
/// which <paramref name="CheckedAgainstText"/> then keeps.</param>
public sealed record SectorRoleMapRow(
    string ServiceArea,
    string Title,
    string JobFamily,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<SectorRoleMapStandard> Standards,
    string Reason,
    DateOnly? CheckedAgainst,
    string CheckedAgainstText)
{
    public bool FitsAStandard => Standards.Count > 0;
}

/// <summary>A standard of a role, as the current version in the database has it.</summary>
/// <param name="Title">Null when the database holds no version of the reference.</param>
/// <param name="NotApproved">Why HR should check it before using it ("Retired", "No longer in the feed"); null while
/// it is approved for delivery.</param>
public sealed record SectorRoleMapStandard(string Reference, string? Title, int? Level, string? NotApproved);

/// <summary>What the download holds: every role, sorted by service area then role, and when and from what it was made.</summary>
/// <param name="FeedDate">The date of the standards feed last imported; null before any import.</param>
public sealed record SectorRoleMap(IReadOnlyList<SectorRoleMapRow> Roles, DateOnly? FeedDate, DateTime GeneratedAtUtc)
{
    public int ServiceAreas => Roles.Select(r => r.ServiceArea).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    public int FittingNoStandard => Roles.Count(r => !r.FitsAStandard);
}
