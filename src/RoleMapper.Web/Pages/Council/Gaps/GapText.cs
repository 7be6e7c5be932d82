using RoleMapper.Core.Export;

namespace RoleMapper.Web.Pages.Council.Gaps;

/// <summary>Skills-gap values on the pages, in the workbook's words (<see cref="ExportText"/>), with their tag colours.</summary>
public static class GapText
{
    public static (string Text, string Css) PriorityTag(GapPriority priority) => priority switch
    {
        GapPriority.High => ("High", "tag--red"),
        GapPriority.Medium => ("Medium", "tag--amber"),
        _ => ("Low", "tag--grey"),
    };

    /// <summary>
    /// What the gap is about. A gap whose role was deleted keeps the role's service area (see GapInput.ApplyTo), so it
    /// reads as a gap of that area; only a role that had no area leaves it with neither.
    /// </summary>
    public static string About(string? roleTitle, string? serviceArea) => (roleTitle, serviceArea) switch
    {
        (null, null) => "No role or service area",
        (null, _) => $"{serviceArea} (whole service area)",
        (_, null) => roleTitle,
        _ => $"{roleTitle}, {serviceArea}",
    };

    public static readonly IReadOnlyList<(string Value, string Text)> Statuses =
        Enum.GetValues<GapStatus>().Select(s => (s.ToString(), ExportText.Of(s))).ToList();

    public static readonly IReadOnlyList<(string Value, string Text)> Priorities =
        Enum.GetValues<GapPriority>().Select(p => (p.ToString(), ExportText.Of(p))).ToList();
}
