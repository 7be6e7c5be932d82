using System.Globalization;
using System.Text.RegularExpressions;

namespace RoleMapper.Core.Programme;

/// <summary>A financial year (April to March) named by the calendar year it starts in, written "2025-26".</summary>
public static partial class FinancialYear
{
    /// <summary>Financial years RoleMapper accepts: the levy began in April 2017; nothing plans past 2099.</summary>
    public const int First = 2017;
    public const int Last = 2098;

    public static string Display(int year) => $"{year}-{(year + 1) % 100:00}";

    /// <summary>Reads "2025-26" (or "2025/26"); the second part must be the year after the first.</summary>
    public static bool TryParse(string? text, out int year)
    {
        year = 0;
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return false;
        }
        var start = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var end = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (end != (start + 1) % 100 || start < First || start > Last)
        {
            return false;
        }
        year = start;
        return true;
    }

    /// <summary>The financial year a date falls in (April starts a year).</summary>
    public static int Of(DateOnly date) => date.Month >= 4 ? date.Year : date.Year - 1;

    [GeneratedRegex(@"^(\d{4})\s*[-/–]\s*(\d{2})$")]
    private static partial Regex Pattern();
}
