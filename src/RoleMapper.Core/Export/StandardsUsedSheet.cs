using ClosedXML.Excel;

namespace RoleMapper.Core.Export;

/// <summary>Standards used: each standard the council's roles are confirmed against, with its roles and posts.</summary>
internal static class StandardsUsedSheet
{
    public static readonly IReadOnlyList<SheetColumn<StandardUse>> Columns =
    [
        Column.Text<StandardUse>("Standard reference", u => u.Standard.StandardReference),
        Column.Text<StandardUse>("Standard title", u => u.Standard.StandardTitle, maxWidth: 45, wrap: true),
        Column.Number<StandardUse>("Level", u => u.Standard.Level),
        Column.Text<StandardUse>("Route", u => u.Standard.Route, maxWidth: 30, wrap: true),
        Column.Text<StandardUse>("Standard status", u => u.Standard.StandardStatus),
        Column.Number<StandardUse>("Typical duration (months)", u => u.Standard.TypicalDurationMonths),
        Column.Pounds<StandardUse>("Maximum funding", u => u.Standard.MaxFundingGbp),
        Column.Number<StandardUse>("Roles", u => u.Roles),
        Column.Number<StandardUse>("Posts", u => u.Posts),
        Column.Link<StandardUse>("Standard page", u => u.Standard.StandardPageUrl),
    ];

    public static void Add(XLWorkbook workbook, IReadOnlyList<StandardUse> standards) =>
        TableSheet.Add(workbook, SheetNames.StandardsUsed, "StandardsUsed", Columns, standards,
            "No role has a confirmed standard yet.");
}
