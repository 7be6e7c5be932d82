namespace RoleMapper.Core.Programme;

/// <summary>One financial year's figures as checked input, before they are saved as a <see cref="ProgrammeYear"/>.</summary>
public sealed record ProgrammeFigures(
    int Year,
    int Headcount,
    int StartsNewRecruits,
    int StartsExistingStaff,
    decimal LevyPaid,
    decimal LevySpent,
    decimal LevyTransferredOut,
    decimal LevyExpired,
    int SchoolsOnLevy,
    int SchoolStarts,
    decimal SchoolsLevySpent)
{
    public void CopyTo(ProgrammeYear row)
    {
        row.Year = Year;
        row.Headcount = Headcount;
        row.StartsNewRecruits = StartsNewRecruits;
        row.StartsExistingStaff = StartsExistingStaff;
        row.LevyPaid = LevyPaid;
        row.LevySpent = LevySpent;
        row.LevyTransferredOut = LevyTransferredOut;
        row.LevyExpired = LevyExpired;
        row.SchoolsOnLevy = SchoolsOnLevy;
        row.SchoolStarts = SchoolStarts;
        row.SchoolsLevySpent = SchoolsLevySpent;
    }

    /// <summary>The figures as text, the way the form shows them for editing.</summary>
    public static IReadOnlyDictionary<ProgrammeField, string> TextOf(ProgrammeYear row) => new Dictionary<ProgrammeField, string>
    {
        [ProgrammeField.Year] = row.YearText,
        [ProgrammeField.Headcount] = Whole(row.Headcount),
        [ProgrammeField.StartsNewRecruits] = Whole(row.StartsNewRecruits),
        [ProgrammeField.StartsExistingStaff] = Whole(row.StartsExistingStaff),
        [ProgrammeField.LevyPaid] = Pounds(row.LevyPaid),
        [ProgrammeField.LevySpent] = Pounds(row.LevySpent),
        [ProgrammeField.LevyTransferredOut] = Pounds(row.LevyTransferredOut),
        [ProgrammeField.LevyExpired] = Pounds(row.LevyExpired),
        [ProgrammeField.SchoolsOnLevy] = Whole(row.SchoolsOnLevy),
        [ProgrammeField.SchoolStarts] = Whole(row.SchoolStarts),
        [ProgrammeField.SchoolsLevySpent] = Pounds(row.SchoolsLevySpent),
    };

    private static string Whole(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Pounds(decimal value) => value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
