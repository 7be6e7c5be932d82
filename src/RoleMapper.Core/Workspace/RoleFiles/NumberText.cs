using System.Globalization;
using System.Text.RegularExpressions;

namespace RoleMapper.Core.Workspace.RoleFiles;

/// <summary>
/// Reads the numbers people type in a headcount column: "12", "1,200", "2.5", " 3 ". A comma is only a thousands
/// separator where it groups three digits, so "0,5" (a European decimal) is refused rather than read as 5.
/// </summary>
internal static partial class NumberText
{
    [GeneratedRegex(@"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$")]
    private static partial Regex Pattern();

    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        return Pattern().IsMatch(text)
               && decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal),
                   NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// An Excel number as text. Going through decimal drops the binary noise of doubles (3.0000000000000004 becomes 3),
    /// as Excel's own display does.
    /// </summary>
    public static string Format(double number) =>
        Math.Abs(number) < 1e15
            ? ((decimal)number).ToString(CultureInfo.InvariantCulture)
            : number.ToString("R", CultureInfo.InvariantCulture);
}
