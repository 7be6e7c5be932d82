using ClosedXML.Excel;

namespace RoleMapper.Core.Export;

/// <summary>Skills gaps: one row per gap the council recorded.</summary>
internal static class SkillsGapsSheet
{
    public static readonly IReadOnlyList<SheetColumn<SkillsGapRow>> Columns =
    [
        Column.Text<SkillsGapRow>("Skills gap", g => g.Description, maxWidth: 60, wrap: true),
        Column.Text<SkillsGapRow>("Role or service area", g => g.RoleOrServiceArea, maxWidth: 40, wrap: true),
        Column.Text<SkillsGapRow>("Priority", g => ExportText.Of(g.Priority)),
        Column.Number<SkillsGapRow>("Posts affected", g => g.PostsAffected),
        Column.YesNo<SkillsGapRow>("Hard to fill", g => g.HardToFill),
        Column.YesNo<SkillsGapRow>("Succession risk", g => g.SuccessionRisk),
        Column.List<SkillsGapRow>("Linked standards", g => g.LinkedStandards, maxWidth: 45),
        Column.Text<SkillsGapRow>("Status", g => ExportText.Of(g.Status)),
        Column.Date<SkillsGapRow>("Target date", g => g.TargetDate),
    ];

    public static void Add(XLWorkbook workbook, IReadOnlyList<SkillsGapRow> gaps) =>
        TableSheet.Add(workbook, SheetNames.SkillsGaps, "SkillsGaps", Columns, gaps, "No skills gaps recorded.");
}
