using System.Globalization;
using RoleMapper.Core.Standards;

namespace RoleMapper.Core.Workspace;

/// <summary>One version of a standard as the review check needs it.</summary>
public sealed record VersionState(string Version, int Major, int Minor, StandardStatus Status, bool Listed)
{
    public bool IsApproved => Status == StandardStatus.ApprovedForDelivery && Listed;
}

/// <summary>
/// Why a decided standard needs a person to look again, in the words the role list and the Excel map show:
/// "ST0116 moved from version 1.1 to 1.2 on 22/08/2026", "ST0108 is no longer approved (retired)". Null when the
/// standard's approved version is still the one decided on.
/// </summary>
public static class ReviewReasons
{
    public static string? For(string reference, string? versionWhenDecided, IReadOnlyCollection<VersionState> versions, DateOnly feedDate,
        bool alternative = false)
    {
        var who = alternative ? $"Alternative {reference}" : reference;
        var approved = versions.Where(v => v.IsApproved).OrderByDescending(v => v.Major).ThenByDescending(v => v.Minor).FirstOrDefault();
        if (approved is not null)
        {
            return approved.Version == versionWhenDecided ? null
                : versionWhenDecided is null ? $"{who} is now at version {approved.Version} ({Date(feedDate)})"
                : $"{who} moved from version {versionWhenDecided} to {approved.Version} on {Date(feedDate)}";
        }
        var decided = versions.FirstOrDefault(v => v.Version == versionWhenDecided)
            ?? versions.OrderByDescending(v => v.Major).ThenByDescending(v => v.Minor).FirstOrDefault();
        var why = decided is null || !decided.Listed ? "no longer in the feed" : decided.Status.Display().ToLowerInvariant();
        return $"{who} is no longer approved ({why})";
    }

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
