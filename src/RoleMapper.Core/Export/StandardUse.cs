namespace RoleMapper.Core.Export;

/// <summary>
/// One standard the council's roles are confirmed against, with how many roles and posts use it. Its details are taken
/// from the first of its roles in the Role map's order.
/// </summary>
internal sealed record StandardUse(RoleMapRow Standard, int Roles, long Posts)
{
    /// <summary>Most posts first (where apprenticeships would reach most staff), then most roles, then reference.</summary>
    public static IReadOnlyList<StandardUse> From(IEnumerable<RoleMapRow> sortedRoles) => sortedRoles
        .Where(r => r.HasConfirmedStandard)
        .GroupBy(r => r.StandardReference!.Trim(), StringComparer.OrdinalIgnoreCase)
        .Select(g => new StandardUse(g.First(), g.Count(), g.Sum(r => (long)(r.Headcount ?? 0))))
        .OrderByDescending(u => u.Posts)
        .ThenByDescending(u => u.Roles)
        .ThenBy(u => u.Standard.StandardReference, StringComparer.Ordinal)
        .ToList();
}
