using System.Globalization;
using RoleMapper.Core;
using RoleMapper.Core.StandardsFeed;

namespace RoleMapper.Web.Infrastructure;

/// <summary>How dates, money and durations read on every page: British English, times in London.</summary>
public static class Display
{
    public static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", EnGb) ?? "Not given";

    public static string Date(DateTime utc) => UkTime.FromUtc(utc).ToString("d MMMM yyyy", EnGb);

    /// <summary>"23 November 2026, 1:11pm" in London time.</summary>
    public static string DateTime(DateTime utc)
    {
        var local = UkTime.FromUtc(utc);
        return local.ToString("d MMMM yyyy, h:mm", EnGb) + (local.Hour < 12 ? "am" : "pm");
    }

    public static string Money(int pounds) => pounds > 0 ? "£" + pounds.ToString("N0", EnGb) : "Not given";

    public static string Months(int months) => months switch
    {
        <= 0 => "Not given",
        1 => "1 month",
        _ => $"{months} months",
    };

    public static string Count(int n, string one, string many) => Counted.Of(n, one, many);

    public static string Level(int level) => level > 0 ? $"Level {level}" : "Level not given";

    /// <summary>A standard's title or route from the feed, never longer than the importer keeps, whatever is stored.</summary>
    public static string FeedTitle(string? text) => FeedFieldLimits.ClipTitle(text);

    /// <summary>A message stored with an import run, cut to what a table cell is for.</summary>
    public static string Message(string? text) => text is null ? "" : text.Length <= MaxMessageLength ? text : text[..MaxMessageLength] + "...";

    public const int MaxMessageLength = 1_000;
}
