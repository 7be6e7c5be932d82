using System.Globalization;
using System.Text.RegularExpressions;

namespace RoleMapper.Core.Programme;

/// <summary>A reason a row or the form cannot be saved; <see cref="Row"/> is the CSV row number, null on the form.</summary>
public sealed record ProgrammeProblem(int? Row, ProgrammeField? Field, string Message)
{
    public override string ToString() => Row is { } row ? $"Row {row}: {Message}" : Message;
}

/// <summary>
/// The checks every programme year passes, typed on the form or read from a CSV: the year as "2025-26", whole numbers
/// of people, amounts in pounds and pence ("£12,500.50" or "12500.5"), nothing negative, starts not above headcount.
/// A value that is not a number (say "=SUM(A1)") is refused as not a number, never evaluated or kept.
/// </summary>
public static partial class ProgrammeRules
{
    /// <summary>Far above any council's staff (the largest employ about 50,000), far below what a column can hold.</summary>
    public const int MaxPeople = 1_000_000;

    /// <summary>A thousand million pounds: above any council's levy, inside the column's 12 digits.</summary>
    public const decimal MaxAmount = 1_000_000_000m;

    /// <summary>Reads and checks one year's figures; a blank count or amount is 0, a blank year or headcount is a problem.</summary>
    public static (ProgrammeFigures? Figures, IReadOnlyList<ProgrammeProblem> Problems) Check(
        IReadOnlyDictionary<ProgrammeField, string?> text, int? row = null)
    {
        var problems = new List<ProgrammeProblem>();
        void Problem(ProgrammeField field, string message) => problems.Add(new(row, field, message));

        var yearText = Clean(text.GetValueOrDefault(ProgrammeField.Year));
        FinancialYear? year = null;
        if (yearText is null)
        {
            Problem(ProgrammeField.Year, "Enter the financial year, like 2025-26");
        }
        else if (!FinancialYear.TryParse(yearText, out year))
        {
            Problem(ProgrammeField.Year,
                $"The year {Quote(yearText)} is not a financial year like 2025-26 (two years in a row, from {new FinancialYear(FinancialYear.Earliest)})");
        }

        int People(ProgrammeField field, bool required = false)
        {
            var value = Clean(text.GetValueOrDefault(field));
            if (value is null)
            {
                if (required)
                {
                    Problem(field, $"Enter the {field.Label().ToLowerInvariant()}");
                }
                return 0;
            }
            if (!Number(value, out var number) || number != decimal.Truncate(number))
            {
                Problem(field, $"{field.Label()} must be a whole number, not {Quote(value)}");
                return 0;
            }
            if (number < 0)
            {
                Problem(field, $"{field.Label()} cannot be negative");
                return 0;
            }
            if (number > MaxPeople)
            {
                Problem(field, $"{field.Label()} of {number:N0} is more than {MaxPeople:N0}: check the figure");
                return 0;
            }
            return (int)number;
        }

        decimal Amount(ProgrammeField field)
        {
            var value = Clean(text.GetValueOrDefault(field));
            if (value is null)
            {
                return 0;
            }
            var pounds = value.StartsWith('£') ? value[1..].TrimStart() : value;
            if (pounds.StartsWith("-£", StringComparison.Ordinal))
            {
                pounds = "-" + pounds[2..];
            }
            if (!Number(pounds, out var amount))
            {
                Problem(field, $"{field.Label()} must be an amount in pounds, like £12,500.50 or 12500.5, not {Quote(value)}");
                return 0;
            }
            if (amount < 0)
            {
                Problem(field, $"{field.Label()} cannot be negative");
                return 0;
            }
            if (amount != decimal.Round(amount, 2))
            {
                Problem(field, $"{field.Label()} has more than two decimal places: give pounds and pence");
                return 0;
            }
            if (amount > MaxAmount)
            {
                Problem(field, $"{field.Label()} of £{amount:N2} is more than £{MaxAmount:N0}: check the figure");
                return 0;
            }
            return amount;
        }

        var figures = new ProgrammeFigures(
            year?.StartYear ?? 0,
            People(ProgrammeField.Headcount, required: true),
            People(ProgrammeField.StartsNewRecruits),
            People(ProgrammeField.StartsExistingStaff),
            Amount(ProgrammeField.LevyPaid),
            Amount(ProgrammeField.LevySpent),
            Amount(ProgrammeField.LevyTransferredOut),
            Amount(ProgrammeField.LevyExpired),
            People(ProgrammeField.SchoolsOnLevy),
            People(ProgrammeField.SchoolStarts),
            Amount(ProgrammeField.SchoolsLevySpent));
        if (problems.Count == 0 && figures.StartsNewRecruits + figures.StartsExistingStaff > figures.Headcount)
        {
            Problem(ProgrammeField.StartsNewRecruits,
                $"Starts ({figures.StartsNewRecruits + figures.StartsExistingStaff:N0}) cannot be more than the headcount ({figures.Headcount:N0})");
        }
        return problems.Count == 0 ? (figures, problems) : (null, problems);
    }

    /// <summary>Cleaned text, or null when blank; control and invisible characters (a hidden tab before "=") go.</summary>
    private static string? Clean(string? raw) => Workspace.RoleFiles.CellText.SingleLine(raw);

    /// <summary>"12,500.50", "12500.5", "-3": commas only as thousands separators, so "0,5" is refused, not read as 5.</summary>
    private static bool Number(string text, out decimal value)
    {
        value = 0;
        return text.Length <= 32 && Pattern().IsMatch(text)
            && decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal),
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A value quoted back to the person, cut short: hostile text is shown as text, never long.</summary>
    private static string Quote(string value) => $"\"{(value.Length > 40 ? value[..40] + "…" : value)}\"";

    [GeneratedRegex(@"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")]
    private static partial Regex Pattern();
}
