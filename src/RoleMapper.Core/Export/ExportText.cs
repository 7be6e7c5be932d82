using RoleMapper.Core.Workspace;
namespace RoleMapper.Core.Export;

/// <summary>The words the workbook shows for values, in one place so every sheet (and the workspace pages) say the same.</summary>
public static class ExportText
{
    public static string Of(MappingStatus status) => status switch
    {
        MappingStatus.Confirmed => "Confirmed",
        MappingStatus.NoSuitableStandard => "No suitable standard",
        MappingStatus.Suggested => "Suggested (not confirmed)",
        _ => "Unmapped",
    };

    public static string Of(GapStatus status) => status switch
    {
        GapStatus.PlanInPlace => "Plan in place",
        GapStatus.Closed => "Closed",
        _ => "Open",
    };

    public static string Of(GapPriority priority) => priority.ToString();

    public static string Of(FeedChangeKind kind) => kind switch
    {
        FeedChangeKind.NewVersion => "New version",
        FeedChangeKind.Retired => "Retired",
        FeedChangeKind.Withdrawn => "Withdrawn",
        _ => "No longer in the feed",
    };
}
