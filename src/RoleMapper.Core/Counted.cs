using System.Globalization;

namespace RoleMapper.Core;

/// <summary>"1 job role", "5,000 job roles": counts as people read them, on pages, in evidence text and on the command line.</summary>
public static class Counted
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Of(long n, string one, string many) => $"{n.ToString("N0", EnGb)} {(n == 1 ? one : many)}";
}
