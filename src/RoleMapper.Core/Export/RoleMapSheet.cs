using ClosedXML.Excel;

namespace RoleMapper.Core.Export;

/// <summary>
/// The Role map: one row per job role, with everything the council imported or typed about it, the standard it is
/// mapped to and the record of the decisions that got it there.
/// </summary>
internal static class RoleMapSheet
{
    public static readonly IReadOnlyList<SheetColumn<RoleMapRow>> Columns =
    [
        Column.Text<RoleMapRow>("Role", r => r.Title, maxWidth: 45, wrap: true),
        Column.Text<RoleMapRow>("Service area", r => r.ServiceArea, maxWidth: 30, wrap: true),
        Column.Text<RoleMapRow>("Department or team", r => r.Department, maxWidth: 30, wrap: true),
        Column.Text<RoleMapRow>("Job family", r => r.JobFamily, maxWidth: 25, wrap: true),
        Column.Text<RoleMapRow>("Grade", r => r.Grade, maxWidth: 16, wrap: true),
        Column.Number<RoleMapRow>("Headcount", r => r.Headcount),
        Column.Fraction<RoleMapRow>("FTE", r => r.Fte),
        Column.Text<RoleMapRow>("Notes", r => r.Notes, maxWidth: 40, wrap: true),
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
        Column.List<RoleMapRow>("Alternative standards", r => r.AlternativeStandards, maxWidth: 45),
        Column.Text<RoleMapRow>("Decision note", r => r.DecisionNote, maxWidth: 40, wrap: true),
        Column.Text<RoleMapRow>("Decision history", r => r.DecisionHistory, maxWidth: 60, wrap: true),
        Column.Link<RoleMapRow>("Standard page", r => r.StandardPageUrl),
    ];

    public static void Add(XLWorkbook workbook, IReadOnlyList<RoleMapRow> roles) =>
        TableSheet.Add(workbook, SheetNames.RoleMap, "RoleMap", Columns, roles, "No job roles recorded.", frozenColumns: 1);
}
