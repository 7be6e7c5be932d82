using ClosedXML.Excel;
using RoleMapper.Core.Programme;

namespace RoleMapper.Core.Export;

/// <summary>Programme: one row per financial year, with starts share against the target and levy spend share.</summary>
internal static class ProgrammeSheet
{
    private static decimal? Percent(double? share) => share is { } s ? Math.Round((decimal)s * 100, 1) : null;

    public static IReadOnlyList<SheetColumn<ProgrammeShares>> Columns =
    [
        Column.Text<ProgrammeShares>("Year", y => y.Year.YearText),
        Column.Number<ProgrammeShares>("Headcount", y => y.Year.Headcount),
        Column.Number<ProgrammeShares>("Starts new recruits", y => y.Year.StartsNewRecruits),
        Column.Number<ProgrammeShares>("Starts existing staff", y => y.Year.StartsExistingStaff),
        Column.Fraction<ProgrammeShares>("Starts % of headcount", y => Percent(y.StartsShare)),
        Column.Fraction<ProgrammeShares>("Target %", y => Percent(y.TargetShare)),
        Column.Fraction<ProgrammeShares>("Levy paid (£)", y => y.Year.LevyPaid),
        Column.Fraction<ProgrammeShares>("Levy spent (£)", y => y.Year.LevySpent),
        Column.Fraction<ProgrammeShares>("Levy spend %", y => Percent(y.LevySpendShare)),
        Column.Fraction<ProgrammeShares>("Levy transferred out (£)", y => y.Year.LevyTransferredOut),
        Column.Fraction<ProgrammeShares>("Levy expired (£)", y => y.Year.LevyExpired),
        Column.Number<ProgrammeShares>("Schools on levy", y => y.Year.SchoolsOnLevy),
        Column.Number<ProgrammeShares>("School starts", y => y.Year.SchoolStarts),
        Column.Fraction<ProgrammeShares>("Schools levy spent (£)", y => y.Year.SchoolsLevySpent),
    ];

    public static void Add(XLWorkbook workbook, IReadOnlyList<ProgrammeShares> years) =>
        TableSheet.Add(workbook, SheetNames.Programme, "Programme", Columns, years.OrderBy(y => y.Year.Year).ToList(), "No programme years entered.");
}
