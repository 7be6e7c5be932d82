namespace RoleMapper.Core;

/// <summary>
/// The one time zone of RoleMapper: times are stored in UTC and shown in UK time, as councils read them, dates such as
/// "today" are the UK's, and the nightly import's schedule is read in it by default.
/// </summary>
public static class UkTime
{
    public const string ZoneId = "Europe/London";

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    /// <summary>The UK wall-clock time of a UTC instant; a time of unspecified kind (as some databases return) is UTC.</summary>
    public static DateTime FromUtc(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(
        utc.Kind == DateTimeKind.Local ? utc.ToUniversalTime() : DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>Today in the UK, which is what a date typed by a council means.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(FromUtc(clock.GetUtcNow().UtcDateTime));
}
