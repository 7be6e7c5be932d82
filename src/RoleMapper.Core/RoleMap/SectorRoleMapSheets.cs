using ClosedXML.Excel;
using RoleMapper.Core.Export;

namespace RoleMapper.Core.RoleMap;

/// <summary>
/// The two sheets of the sector role map's download: Role map, one table row per role, and About, what the file is and
/// where it comes from. Columns are documented in docs/role-map.md.
/// </summary>
internal static class SectorRoleMapSheets
{
    public static readonly IReadOnlyList<SheetColumn<SectorRoleMapRow>> Columns =
    [
        Column.Text<SectorRoleMapRow>("Service area", r => r.ServiceArea, maxWidth: 30, wrap: true),
        Column.Text<SectorRoleMapRow>("Role", r => r.Title, maxWidth: 40, wrap: true),
        Column.Text<SectorRoleMapRow>("Job family", r => r.JobFamily, maxWidth: 20, wrap: true),
        Column.List<SectorRoleMapRow>("Also written as", r => r.Aliases, maxWidth: 45),
        // Yes/No rather than blank standard columns, so HR can filter the roles no standard fits in one click.
        Column.YesNo<SectorRoleMapRow>("Fits a standard", r => r.FitsAStandard),
        .. Enumerable.Range(0, RoleMapFile.MostStandards).SelectMany(StandardColumns),
        Column.List<SectorRoleMapRow>("Standards to check", r => r.Standards.Where(s => s.NotApproved is not null)
            .Select(s => $"{s.Reference}: {s.NotApproved}"), maxWidth: 30),
        Column.Text<SectorRoleMapRow>("Reason", r => r.Reason, maxWidth: 60, wrap: true),
        CheckedAgainst(),
    ];

    public static void AddRoleMap(XLWorkbook workbook, IReadOnlyList<SectorRoleMapRow> roles) =>
        TableSheet.Add(workbook, SectorRoleMapWorkbook.RoleMapSheet, "SectorRoleMap", Columns, roles,
            "The sector role map has no roles.", frozenColumns: 2);

    public static void AddAbout(XLWorkbook workbook, SectorRoleMap map)
    {
        var sheet = workbook.AddWorksheet(SectorRoleMapWorkbook.AboutSheet);
        sheet.Column(1).Width = 28;
        sheet.Column(2).Width = 24;
        var title = sheet.Cell(1, 1);
        SafeText.Write(title, "Sector role map");
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 14;
        var row = 3;
        void Line(string label, Action<IXLCell> value, string? format = null)
        {
            SafeText.Write(sheet.Cell(row, 1), label);
            var cell = sheet.Cell(row, 2);
            value(cell);
            cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            if (format is not null)
            {
                cell.Style.NumberFormat.Format = format;
            }
            row++;
        }
        Line("Made (UK time)", c => c.SetValue(UkTime.FromUtc(map.GeneratedAtUtc)), NumberFormats.DateTime);
        Line("Standards feed date", c =>
        {
            if (map.FeedDate is { } feed)
            {
                c.SetValue(feed.ToDateTime(TimeOnly.MinValue));
            }
        }, NumberFormats.Date);
        Line("Job roles", c => c.SetValue(map.Roles.Count), NumberFormats.Whole);
        Line("Service areas", c => c.SetValue(map.ServiceAreas), NumberFormats.Whole);
        Line("Roles no standard fits", c => c.SetValue(map.FittingNoStandard), NumberFormats.Whole);
        Line("Source", c => SafeText.Write(c, "RoleMapper, the sector role map page (/role-map)"));
        row++;
        foreach (var note in Notes)
        {
            // One sentence a row, left to run across the empty cells beside it, as on the council map's Summary.
            SafeText.Write(sheet.Cell(row++, 1), note);
        }
    }

    public static readonly string[] Notes =
    [
        "The job roles English councils employ, each mapped to the apprenticeship standards that fit it, best first, by people who know both the roles and the standards.",
        "Role map has one row per role, by service area then role; use the arrow in any column header to filter or sort (Fits a standard: No lists the roles no standard fits, and the reason says why).",
        "Standard titles and levels are the current version's in the standards feed of the date above; Standards to check names any standard that is no longer approved for delivery.",
        "Checked against is the date of the standards feed the role's mapping was last checked against.",
        "Contains public sector information licensed under the Open Government Licence v3.0 (apprenticeship standards from Skills England).",
    ];

    /// <summary>Reference, title and level of the role's standard at <paramref name="index"/> (0 is the best fit).</summary>
    private static IEnumerable<SheetColumn<SectorRoleMapRow>> StandardColumns(int index)
    {
        SectorRoleMapStandard? At(SectorRoleMapRow row) => index < row.Standards.Count ? row.Standards[index] : null;
        var name = $"Standard {index + 1}";
        return
        [
            Column.Text<SectorRoleMapRow>($"{name} reference", r => At(r)?.Reference),
            Column.Text<SectorRoleMapRow>($"{name} title", r => At(r)?.Title, maxWidth: 40, wrap: true),
            Column.Number<SectorRoleMapRow>($"{name} level", r => At(r)?.Level),
        ];
    }

    /// <summary>A real Excel date; the map's own text (as text) when it is no date, so nothing is lost.</summary>
    private static SheetColumn<SectorRoleMapRow> CheckedAgainst() => new()
    {
        Header = "Checked against",
        Write = (cell, row) =>
        {
            if (row.CheckedAgainst is { } date)
            {
                cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
            }
            else
            {
                SafeText.Write(cell, row.CheckedAgainstText);
            }
        },
        Width = row => row.CheckedAgainst is null ? SafeText.DisplayLength(row.CheckedAgainstText) : NumberFormats.Date.Length,
        NumberFormat = NumberFormats.Date,
    };
}
