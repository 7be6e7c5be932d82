using System.Globalization;

namespace RoleMapper.Core;

/// <summary>"1 job role", "5,000 job roles": counts as people read them, on pages, in evidence text and on the command line.</summary>
public static class Counted
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Of(long n, string one, string many) => $"{n.ToString("N0", EnGb)} {(n == 1 ? one : many)}";

    /// <summary>"1 hour", "24 hours", "30 minutes": how long something lasts, in whole hours when it is that long.</summary>
    public static string Duration(TimeSpan span) =>
        span >= TimeSpan.FromHours(1) && span.Ticks % TimeSpan.TicksPerHour == 0 ? Of((long)span.TotalHours, "hour", "hours")
        : Of((long)Math.Ceiling(span.TotalMinutes), "minute", "minutes");
}
