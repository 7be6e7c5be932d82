namespace RoleMapper.Core.Sector;

/// <summary>
/// The sector view's one privacy rule: a figure about councils is shown only when at least <see cref="SmallestGroup"/>
/// councils stand behind it, so no single council can be picked out. It applies to every grouping: totals, council
/// types, regions, service areas and standards.
/// </summary>
public static class SectorThreshold
{
    public const int SmallestGroup = 5;

    /// <summary>What pages say in place of a hidden figure.</summary>
    public const string HiddenText = "fewer than 5 councils";

    /// <summary>What pages say in place of a figure of 5 or more hidden so a smaller group cannot be worked out (<see cref="SmallGroupRule"/>).</summary>
    public const string HiddenByDifferenceText = "hidden, so a smaller group cannot be worked out by subtraction";

    public static bool Shows(int councils) => councils >= SmallestGroup;

    /// <summary>The count when it may be shown, else null.</summary>
    public static int? Shown(int councils) => Shows(councils) ? councils : null;
}
