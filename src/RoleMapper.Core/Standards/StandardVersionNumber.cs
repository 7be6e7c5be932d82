using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace RoleMapper.Core.Standards;

/// <summary>
/// A version such as "1.2". Versions compare numerically on major then minor, so 1.10 is newer than 1.9,
/// which a string comparison gets wrong.
/// </summary>
public readonly partial record struct StandardVersionNumber(int Major, int Minor) : IComparable<StandardVersionNumber>
{
    [GeneratedRegex(@"^[vV]?(\d{1,4})\.(\d{1,4})$")]
    private static partial Regex Pattern();

    /// <summary>Parses "1.2"; also "V0.0", which one historical feed file carried.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out StandardVersionNumber? version)
    {
        version = null;
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return false;
        }
        version = new StandardVersionNumber(
            int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        return true;
    }

    public int CompareTo(StandardVersionNumber other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator <(StandardVersionNumber a, StandardVersionNumber b) => a.CompareTo(b) < 0;
    public static bool operator >(StandardVersionNumber a, StandardVersionNumber b) => a.CompareTo(b) > 0;
    public static bool operator <=(StandardVersionNumber a, StandardVersionNumber b) => a.CompareTo(b) <= 0;
    public static bool operator >=(StandardVersionNumber a, StandardVersionNumber b) => a.CompareTo(b) >= 0;

    public override string ToString() => $"{Major}.{Minor}";
}
