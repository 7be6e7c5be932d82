using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Standards;

namespace RoleMapper.Core.Workspace;

/// <summary>
/// A role's decision history as people read it: the role page lists it, and the Excel map's Role map sums it up in one
/// cell. The words for each decision are here once, so the page and the evidence say the same.
/// </summary>
public static class RoleHistory
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Every decision about one role of the current council, newest first.</summary>
    public static async Task<IReadOnlyList<RoleDecision>> ForRoleAsync(RoleMapperDbContext db, int roleId, CancellationToken ct) =>
        await db.RoleDecisions.AsNoTracking().Where(d => d.JobRoleId == roleId).OrderByDescending(d => d.Id).ToListAsync(ct);

    /// <summary>What was decided, e.g. "Rejected ST1025 Urban driver (level 2)".</summary>
    public static string Describe(RoleDecision decision, StandardLabels labels)
    {
        var standard = decision.Reference is { } reference ? labels[reference] : "";
        return decision.Kind switch
        {
            RoleDecisionKind.Confirmed => $"Confirmed {standard} as the main standard",
            RoleDecisionKind.ConfirmedInBulk => $"Confirmed {standard} as the main standard, in bulk",
            RoleDecisionKind.AlternativeAdded => $"Added {standard} as an alternative",
            RoleDecisionKind.Rejected => $"Rejected {standard}",
            RoleDecisionKind.Removed => $"Took {standard} out of the role's decisions",
            RoleDecisionKind.NoSuitableStandard => "Decided no apprenticeship standard fits",
            _ => decision.Kind.ToString(),
        };
    }

    /// <summary>
    /// One line per decision, newest first: "3 December 2026, Ann Smith: Rejected ST1025 Urban driver (level 2). Note: …".
    /// The day is the UK date.
    /// </summary>
    public static string Summary(IEnumerable<RoleDecision> newestFirst, StandardLabels labels) =>
        string.Join("\n", newestFirst.Select(d =>
            $"{UkTime.FromUtc(d.DecidedUtc).ToString("d MMMM yyyy", EnGb)}, {d.DecidedByName}: {Describe(d, labels)}."
            + (d.Note is { } note ? $" Note: {note}" : "")));
}
