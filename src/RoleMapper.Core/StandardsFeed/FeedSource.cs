using System.Globalization;
using System.Text.RegularExpressions;

namespace RoleMapper.Core.StandardsFeed;

/// <summary>Where a feed comes from: the live URL or a local <c>.json</c> / <c>.json.gz</c> file.</summary>
public sealed partial record FeedSource(string Location)
{
    [GeneratedRegex(@"(\d{4}-\d{2}-\d{2})")]
    private static partial Regex DatePattern();

    public bool IsHttp => Uri.TryCreate(Location, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>
    /// The date the data describes. A snapshot file names its date ("...-2026-08-22.json.gz"); a live download
    /// describes the day it was fetched.
    /// </summary>
    public DateOnly FeedDate(DateTimeOffset now) => NamedDate() ?? DateOnly.FromDateTime(now.UtcDateTime);

    /// <summary>True for a snapshot file whose name gives the date of its data.</summary>
    public bool NamesItsDate => NamedDate() is not null;

    private DateOnly? NamedDate() =>
        !IsHttp && DatePattern().Match(Path.GetFileName(Location)) is { Success: true } m
            && DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    public override string ToString() => Location;
}
