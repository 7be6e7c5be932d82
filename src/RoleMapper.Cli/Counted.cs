using System.Globalization;

namespace RoleMapper.Cli;

/// <summary>"1 job role", "2 job roles": the command line's summaries are read by people as well as scripts.</summary>
internal static class Counted
{
    public static string Of(int n, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");
}
