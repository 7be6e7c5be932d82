namespace RoleMapper.Core.Programme;

/// <summary>The figures of a programme year, in the order of the CSV and the form.</summary>
public enum ProgrammeField
{
    Year,
    Headcount,
    StartsNewRecruits,
    StartsExistingStaff,
    LevyPaid,
    LevySpent,
    LevyTransferredOut,
    LevyExpired,
    SchoolsOnLevy,
    SchoolStarts,
    SchoolsLevySpent,
}

public static class ProgrammeFields
{
    public static readonly IReadOnlyList<ProgrammeField> All = Enum.GetValues<ProgrammeField>();

    /// <summary>The column heading a CSV carries, and the form's label.</summary>
    public static string Label(this ProgrammeField field) => field switch
    {
        ProgrammeField.Year => "Year",
        ProgrammeField.Headcount => "Headcount",
        ProgrammeField.StartsNewRecruits => "Starts new recruits",
        ProgrammeField.StartsExistingStaff => "Starts existing staff",
        ProgrammeField.LevyPaid => "Levy paid",
        ProgrammeField.LevySpent => "Levy spent",
        ProgrammeField.LevyTransferredOut => "Levy transferred out",
        ProgrammeField.LevyExpired => "Levy expired",
        ProgrammeField.SchoolsOnLevy => "Schools on levy",
        ProgrammeField.SchoolStarts => "School starts",
        ProgrammeField.SchoolsLevySpent => "Schools levy spent",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    public static bool IsAmount(this ProgrammeField field) => field is ProgrammeField.LevyPaid or ProgrammeField.LevySpent
        or ProgrammeField.LevyTransferredOut or ProgrammeField.LevyExpired or ProgrammeField.SchoolsLevySpent;

    /// <summary>
    /// The field a CSV heading names: the label or the property name, ignoring case, spaces and punctuation, so
    /// "Levy paid (£)", "levy_paid" and "LevyPaid" all work.
    /// </summary>
    public static ProgrammeField? FromHeading(string? heading)
    {
        var key = Key(heading?.Replace("(£)", "", StringComparison.Ordinal));
        return All.Cast<ProgrammeField?>().FirstOrDefault(f => Key(f!.Value.Label()) == key || Key(f!.Value.ToString()) == key);
    }

    private static string Key(string? text) =>
        new((text ?? "").Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
