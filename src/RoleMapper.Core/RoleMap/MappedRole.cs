namespace RoleMapper.Core.RoleMap;

/// <summary>
/// One council job role of the sector role map, as people who know both the roles and the standards mapped it:
/// the standards best first, or none when no standard fits (<see cref="Reason"/> says why).
/// </summary>
/// <param name="Id">Stable slug, e.g. "housing-officer".</param>
/// <param name="Aliases">Other ways councils write the same role at the same level.</param>
/// <param name="Standards">One to three approved standard references, best first; empty for a role no standard fits.</param>
/// <param name="CheckedAgainst">The feed date the mapping was checked against ("2026-08-22").</param>
public sealed record MappedRole(
    string Id,
    string ServiceArea,
    string Title,
    string JobFamily,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Standards,
    string Reason,
    string CheckedAgainst)
{
    public bool FitsNoStandard => Standards.Count == 0;

    /// <summary>The role's title and its aliases: every way the map writes it.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Title);
}
