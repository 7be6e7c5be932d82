using ClosedXML.Excel;

namespace RoleMapper.Core.Export;

/// <summary>The Role map: one row per job role with the standard it is mapped to.</summary>
internal static class RoleMapSheet
{
    public static readonly IReadOnlyList<SheetColumn<RoleMapRow>> Columns =
    [
        Column.Text<RoleMapRow>("Role", r => r.Title, maxWidth: 45, wrap: true),
        Column.Text<RoleMapRow>("Service area", r => r.ServiceArea, maxWidth: 30, wrap: true),
        Column.Number<RoleMapRow>("Headcount", r => r.Headcount),
        Column.Text<RoleMapRow>("Mapping status", r => ExportText.Of(r.Status)),
        Column.YesNo<RoleMapRow>("Needs review", r => r.NeedsReview),
        Column.Text<RoleMapRow>("Review reason", r => r.ReviewReason, maxWidth: 40, wrap: true),
        Column.Text<RoleMapRow>("Standard reference", r => r.StandardReference),
        Column.Text<RoleMapRow>("Standard title", r => r.StandardTitle, maxWidth: 45, wrap: true),
        Column.Number<RoleMapRow>("Level", r => r.Level),
        Column.Text<RoleMapRow>("Route", r => r.Route, maxWidth: 30, wrap: true),
        Column.Number<RoleMapRow>("Typical duration (months)", r => r.TypicalDurationMonths),
        Column.Pounds<RoleMapRow>("Maximum funding", r => r.MaxFundingGbp),
        Column.Text<RoleMapRow>("Standard status", r => r.StandardStatus),
        Column.Text<RoleMapRow>("Confidence", r => r.Confidence),
        Column.Text<RoleMapRow>("Confirmed by", r => r.ConfirmedBy),
        Column.Date<RoleMapRow>("Confirmed on", r => r.ConfirmedAtUtc is { } at ? DateOnly.FromDateTime(UkTime.FromUtc(at)) : null),
        Column.List<RoleMapRow>("Alternative standards", r => r.AlternativeStandards),
        Column.Link<RoleMapRow>("Standard page", r => r.StandardPageUrl),
    ];

    public static void Add(XLWorkbook workbook, IReadOnlyList<RoleMapRow> roles) =>
        TableSheet.Add(workbook, SheetNames.RoleMap, "RoleMap", Columns, roles, "No job roles recorded.", frozenColumns: 1);
}
