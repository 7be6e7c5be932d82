using RoleMapper.Core.Maturity;
using RoleMapper.Core.Sector;

namespace RoleMapper.Web.Infrastructure;

/// <summary>How stages, targets and sector averages read on the maturity and sector pages.</summary>
public static class MaturityDisplay
{
    public static string Target(MaturityLevel? target) => target?.ToString() ?? "Not set";

    /// <summary>
    /// "1.4 (Developing)": the average on the 0 to 3 scale and the stage it has fully reached, joined by a no-break
    /// space so a narrow table column never splits it (the hidden text still wraps).
    /// </summary>
    public static string Average(double? average) =>
        average is { } a ? $"{a.ToString("0.0", Display.EnGb)}\u00A0({(MaturityLevel)(int)Math.Floor(a + 1e-9)})" : SectorThreshold.HiddenText;

    /// <summary>An average target, or why there is none: fewer than five councils set one.</summary>
    public static string TargetAverage(double? average) =>
        average is null ? $"{SectorThreshold.HiddenText} set one" : Average(average);

    /// <summary>What a council still has to meet for its target, in a few words.</summary>
    public static string ToTarget(MaturityLevel? target, int stillToMeet) => (target, stillToMeet) switch
    {
        (null, _) => "No target set",
        (_, 0) => "Target reached",
        _ => Display.Count(stillToMeet, "statement", "statements") + " to meet",
    };
}
