using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace RoleMapper.Core.Programme;

/// <summary>
/// A financial year, April to March, written as councils and the levy write it: "2026-27" runs from 1 April 2026 to
/// 31 March 2027. Stored as its first calendar year (programme figures, plan lines and MOTs keep that int). The one
/// rule for reading and writing a year, for the programme figures, the plan and the MOT alike.
/// </summary>
public readonly partial record struct FinancialYear(int StartYear) : IComparable<FinancialYear>
{
    /// <summary>Years RoleMapper accepts: the levy began in April 2017; nothing plans past 2098-99.</summary>
    public const int Earliest = 2017, Latest = 2098;

    [GeneratedRegex(@"^\s*(\d{4})\s*[-/–]\s*(\d{2}|\d{4})\s*$")]
    private static partial Regex Pattern();

    public DateOnly Start => new(StartYear, 4, 1);
    public DateOnly End => new(StartYear + 1, 3, 31);
    public FinancialYear Next => new(StartYear + 1);

    /// <summary>The financial year a date falls in.</summary>
    public static FinancialYear Of(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    /// <summary>"2026-27" (also "2026/27", "2026-2027"); the second year must follow the first, within 2017-18 to 2098-99.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out FinancialYear? year)
    {
        year = null;
        var match = Pattern().Match(text ?? "");
        if (!match.Success)
        {
            return false;
        }
        var first = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var second = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var follows = match.Groups[2].Value.Length == 2 ? second == (first + 1) % 100 : second == first + 1;
        if (!follows || first is < Earliest or > Latest)
        {
            return false;
        }
        year = new FinancialYear(first);
        return true;
    }

    public int CompareTo(FinancialYear other) => StartYear.CompareTo(other.StartYear);

    public static bool operator <(FinancialYear a, FinancialYear b) => a.StartYear < b.StartYear;
    public static bool operator >(FinancialYear a, FinancialYear b) => a.StartYear > b.StartYear;
    public static bool operator <=(FinancialYear a, FinancialYear b) => a.StartYear <= b.StartYear;
    public static bool operator >=(FinancialYear a, FinancialYear b) => a.StartYear >= b.StartYear;

    public override string ToString() => $"{StartYear}-{(StartYear + 1) % 100:00}";
}
