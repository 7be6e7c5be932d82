using RoleMapper.Core.Accounts;

namespace RoleMapper.Core.Sector;

/// <summary>One figure averaged over a group of councils; <see cref="Average"/> and <see cref="Councils"/> null when hidden.</summary>
public sealed record GroupAverage(string Name, int? Councils, double? Average)
{
    public bool IsShown => Councils is not null;
}

/// <summary>
/// One measure (say starts as a share of headcount) averaged nationally, by council type and by region, with the groups
/// <see cref="SmallGroupRule"/> hides left empty. Each measure counts the councils that have it, so each gets the rule
/// over its own councils.
/// </summary>
public sealed record MeasureAverages(
    string Measure,
    GroupAverage National,
    IReadOnlyDictionary<OrganisationType, GroupAverage> ByType,
    IReadOnlyDictionary<EnglishRegion, GroupAverage> ByRegion)
{
    public static MeasureAverages Of(string measure, IReadOnlyList<(OrganisationType Type, EnglishRegion Region, double Value)> councils)
    {
        var shown = SectorGroups.For(councils.Select(c => (c.Type, c.Region)));
        GroupAverage Group(string name, bool isShown, Func<(OrganisationType Type, EnglishRegion Region, double Value), bool> member)
        {
            var values = councils.Where(member).Select(c => c.Value).ToList();
            return isShown && values.Count > 0 ? new GroupAverage(name, values.Count, values.Average()) : new GroupAverage(name, null, null);
        }
        return new MeasureAverages(measure,
            Group("All councils", shown.National, _ => true),
            Enum.GetValues<OrganisationType>().ToDictionary(t => t, t => Group(t.Display(), shown.Types.Contains(t), c => c.Type == t)),
            Enum.GetValues<EnglishRegion>().ToDictionary(r => r, r => Group(r.Display(), shown.Regions.Contains(r), c => c.Region == r)));
    }
}
