using RoleMapper.Core.Export;
using RoleMapper.Core.Workspace;

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

    public static readonly IReadOnlyList<(string Value, string Text)> Statuses =
        Enum.GetValues<GapStatus>().Select(s => (s.ToString(), ExportText.Of(s))).ToList();

    public static readonly IReadOnlyList<(string Value, string Text)> Priorities =
        Enum.GetValues<GapPriority>().Select(p => (p.ToString(), ExportText.Of(p))).ToList();
}
