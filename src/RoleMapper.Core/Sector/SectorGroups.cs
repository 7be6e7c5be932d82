using RoleMapper.Core.Accounts;

namespace RoleMapper.Core.Sector;

/// <summary>
/// Which groups of councils a set of sector figures may show together: all councils, each council type, each region.
/// Decided by <see cref="SmallGroupRule"/>; a group not shown carries no figure and no count.
/// </summary>
public sealed record SectorGroups(bool National, IReadOnlySet<OrganisationType> Types, IReadOnlySet<EnglishRegion> Regions)
{
    public static readonly SectorGroups None = new(false, new HashSet<OrganisationType>(), new HashSet<EnglishRegion>());

    /// <summary>The groups the rule leaves shown for councils of these types and regions.</summary>
    public static SectorGroups For(IEnumerable<(OrganisationType Type, EnglishRegion Region)> councils) =>
        SmallGroupRule.Decide(councils.ToList());
}
