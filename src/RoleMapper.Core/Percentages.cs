using System.Globalization;

namespace RoleMapper.Core;

/// <summary>
/// The one rounding rule for a share shown as a percentage, on pages, in the Excel map, in evidence text and in import
/// messages: whole per cent, rounded down. Down, so 49.6% never reads as the 50% a maturity rule asks for and 99.7%
/// never reads as "100%" done; the same everywhere, so the dashboard and the maturity evidence agree (16 of 22 is 72%).
/// </summary>
public static class Percentages
{
    /// <summary>16 of 22 (0.727...) is 72. The nudge undoes binary fractions: 0.29 * 100 is 28.999...</summary>
    public static int Whole(double share) => (int)Math.Floor((share * 100) + 1e-9);

    /// <summary>"72%".</summary>
    public static string Of(double share) => Whole(share).ToString(CultureInfo.InvariantCulture) + "%";

    /// <summary>"72%", or <paramref name="none"/> when there is nothing to divide by.</summary>
    public static string Of(double? share, string none) => share is { } s ? Of(s) : none;

    /// <summary>The value for a spreadsheet cell formatted as a whole per cent, so it shows what the pages show.</summary>
    public static double Cell(double share) => Whole(share) / 100.0;
}
