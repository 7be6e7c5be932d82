using ClosedXML.Excel;

namespace RoleMapper.Core.Export;

/// <summary>Changes since the last export: feed changes to standards the council's roles are mapped to.</summary>
internal static class ChangesSheet
{
    public static readonly IReadOnlyList<SheetColumn<FeedChangeRow>> Columns =
    [
        Column.Date<FeedChangeRow>("Date", c => c.ChangedOn),
        Column.Text<FeedChangeRow>("Standard reference", c => c.StandardReference),
        Column.Text<FeedChangeRow>("Standard title", c => c.StandardTitle, maxWidth: 45, wrap: true),
        Column.Text<FeedChangeRow>("What changed", c => ExportText.Of(c.Kind)),
        Column.Number<FeedChangeRow>("Roles affected", c => c.RolesAffected.Count),
        Column.Text<FeedChangeRow>("Role titles", c => string.Join("; ", c.RolesAffected), maxWidth: 60, wrap: true),
    ];

    public static void Add(XLWorkbook workbook, IReadOnlyList<FeedChangeRow> changes) =>
        TableSheet.Add(workbook, SheetNames.Changes, "Changes", Columns, changes,
            "No changes in the standards feed touch this council's mappings since the last export.");
}
