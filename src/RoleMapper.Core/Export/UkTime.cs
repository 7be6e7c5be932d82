namespace RoleMapper.Core.Export;

/// <summary>Times are stored in UTC and shown in UK time, as the council reads them.</summary>
internal static class UkTime
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The UK wall-clock time of a UTC instant; a time of unspecified kind (as some databases return) is UTC.</summary>
    public static DateTime FromUtc(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(
        utc.Kind == DateTimeKind.Local ? utc.ToUniversalTime() : DateTime.SpecifyKind(utc, DateTimeKind.Utc), London);
}
