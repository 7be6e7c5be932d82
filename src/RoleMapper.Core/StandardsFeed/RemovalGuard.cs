using System.Globalization;

namespace RoleMapper.Core.StandardsFeed;

/// <summary>Lets one import through the <see cref="RemovalGuard"/>: an operator's decision, written in the run.</summary>
/// <param name="By">Who decided, as the run shows it, such as "jo (command line)".</param>
public sealed record RemovalOverride(string By);

/// <summary>
/// The last check before a feed changes anything: would it take away what councils use? A feed that would stop more than
/// <see cref="ImportOptions.MaxApprovedRemovedShare"/> of the approved standards being approved, or leave fewer than
/// <see cref="ImportOptions.MinApprovedStandards"/> in a store that had reached that many, is refused; so is one that would
/// remove more than <see cref="ImportOptions.MaxVanishedShare"/> of the listed versions. Approved standards are counted
/// because a feed can drop every one of them while removing only a third of the versions (they are 713 of 1,950).
/// </summary>
internal static class RemovalGuard
{
    /// <summary>Below this many, a share is a handful of records (test stores, a first import): not guarded by share.</summary>
    public const int MinimumGuarded = 20;

    public const string OverrideFlag = "--allow-large-removal";

    /// <summary>Why the feed is refused, naming the figures; null when it may be applied.</summary>
    public static string? Refusal(ImportOptions options, int approvedBefore, int approvedAfter, int stopApproved, int listedBefore, int vanishing)
    {
        var approvedReasons = new List<string>();
        if (approvedBefore >= MinimumGuarded && stopApproved > approvedBefore * options.MaxApprovedRemovedShare)
        {
            approvedReasons.Add($"{stopApproved} ({Percentages.Of((double)stopApproved / approvedBefore)}) would stop being approved, "
                                + $"more than the {Percentages.Of(options.MaxApprovedRemovedShare)} allowed");
        }
        if (approvedBefore >= options.MinApprovedStandards && approvedAfter < options.MinApprovedStandards)
        {
            approvedReasons.Add($"fewer than {options.MinApprovedStandards} would be left");
        }
        if (approvedReasons.Count > 0)
        {
            return $"The feed would leave {approvedAfter} of the {approvedBefore} standards now approved for delivery approved: "
                   + string.Join(", and ", approvedReasons) + ". " + Broken;
        }
        if (listedBefore >= MinimumGuarded && vanishing > listedBefore * options.MaxVanishedShare)
        {
            return $"The feed would remove {vanishing} of the {listedBefore} standard versions now listed, more than the "
                   + $"{Percentages.Of(options.MaxVanishedShare)} allowed. " + Broken;
        }
        return null;
    }

    /// <summary>What the run records when an operator overrode the guard.</summary>
    public static string Overridden(RemovalOverride by, string? refusal) =>
        $"Removal guard overridden by {by.By} for this run; "
        + (refusal is null ? "the feed did not need it." : $"it would have refused the feed: {refusal}");

    private const string Broken =
        "That looks like a broken feed, not a real change, so nothing was changed. "
        + $"If the change is real, run 'rolemapper import {OverrideFlag}' once.";

}
