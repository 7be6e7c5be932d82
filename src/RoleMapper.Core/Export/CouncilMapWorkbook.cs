using System.Globalization;
using System.Text;
using ClosedXML.Excel;

namespace RoleMapper.Core.Export;

/// <summary>
/// The Excel map: a council's roles, their standards, its skills gaps and what changed, as the workbook it hands in as
/// Workforce Development evidence. Sheets, columns and the formula-safety rule are in docs/excel-map.md.
/// </summary>
/// <remarks>
/// The same map always gives the same bytes (on the same .NET and ClosedXML versions): rows are sorted here, the
/// workbook's created and modified dates are the map's generated time, and <see cref="StablePackage"/> removes what
/// would otherwise change on every save. A SHA-256 of the file therefore identifies what it shows.
/// </remarks>
public static class CouncilMapWorkbook
{
    /// <summary>Characters Windows does not allow in a file name; the download is saved on councils' Windows PCs.</summary>
    private static readonly char[] NotInFileNames = ['<', '>', ':', '"', '/', '\\', '|', '?', '*'];

    /// <summary>Writes the workbook to <paramref name="output"/>, from its current position; it is not closed.</summary>
    public static void Write(CouncilMap map, Stream output)
    {
        var sorted = map with
        {
            Roles = RowOrder.Roles(map.Roles),
            SkillsGaps = RowOrder.Gaps(map.SkillsGaps),
            Changes = RowOrder.Changes(map.Changes),
        };
        // Event tracking keeps ranges in step while rows are inserted or moved; this writer only fills cells.
        using var workbook = new XLWorkbook(XLEventTracking.Disabled);
        SetProperties(workbook, sorted);
        SummarySheet.Add(workbook, sorted, MapFigures.Of(sorted));
        RoleMapSheet.Add(workbook, sorted.Roles);
        SkillsGapsSheet.Add(workbook, sorted.SkillsGaps);
        StandardsUsedSheet.Add(workbook, StandardUse.From(sorted.Roles));
        ChangesSheet.Add(workbook, sorted.Changes);
        if (sorted.Maturity is { } maturity)
        {
            MaturitySheet.Add(workbook, maturity);
        }
        if (sorted.Programme.Count > 0)
        {
            ProgrammeSheet.Add(workbook, sorted.Programme);
        }
        if (sorted.Mot is { } mot)
        {
            MotSheet.Add(workbook, mot);
        }
        if (sorted.Plan is { } plan)
        {
            PlanSheet.Add(workbook, plan);
        }
        PrintLayout.Apply(workbook, sorted);
        workbook.Worksheet(SheetNames.Summary).SetTabActive();

        using var saved = new MemoryStream();
        // Nothing to calculate (the workbook holds no formulas) and the package is ours, so skip both passes.
        workbook.SaveAs(saved, new SaveOptions { EvaluateFormulasBeforeSaving = false, ValidatePackage = false });
        saved.Position = 0;
        StablePackage.Rewrite(saved, UkTime.FromUtc(map.GeneratedAtUtc), output);
    }

    /// <summary>"RoleMapper - &lt;council&gt; - &lt;yyyy-MM&gt;.xlsx", without characters a file name cannot hold.</summary>
    public static string FileName(string councilName, DateOnly month)
    {
        var name = new StringBuilder(councilName.Length);
        foreach (var c in councilName)
        {
            var keep = !char.IsControl(c) && Array.IndexOf(NotInFileNames, c) < 0;
            name.Append(keep ? c : ' ');
        }
        // Whitespace runs left by removed characters become one space; Windows also drops trailing dots.
        var council = string.Join(' ', name.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');
        return $"RoleMapper - {(council.Length == 0 ? "Council" : council)} - {month.ToString("yyyy-MM", CultureInfo.InvariantCulture)}.xlsx";
    }

    private static void SetProperties(XLWorkbook workbook, CouncilMap map)
    {
        // ClosedXML stamps both with the current time unless told; the map's own time keeps the file reproducible.
        workbook.Properties.Created = map.GeneratedAtUtc;
        workbook.Properties.Modified = map.GeneratedAtUtc;
        workbook.Properties.Author = "RoleMapper";
        workbook.Properties.Title = $"RoleMapper apprenticeship map: {map.CouncilName}";
    }
}
