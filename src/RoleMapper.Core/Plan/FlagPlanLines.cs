using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Programme;
using RoleMapper.Core.StandardsFeed;
using RoleMapper.Core.Workspace;

namespace RoleMapper.Core.Plan;

/// <summary>
/// After each import, flags every plan line whose standard the run changed and that can no longer be planned as it was:
/// the standard has no approved version left (retired, withdrawn, gone from the feed), or the band for the line's year
/// is not the price it was planned at. A new version at the same band changes nothing for the plan, so it flags
/// nothing. Like <see cref="FlagMappingsForReview"/> it runs at the Workspace stage, across every council on purpose
/// (an import belongs to none of them), and writes with <c>ExecuteUpdate</c>; reviewing the line clears the flag
/// (<see cref="LevyPlans.MarkReviewedAsync"/>).
/// </summary>
public sealed class FlagPlanLines(IDbContextFactory<RoleMapperDbContext> contexts, TimeProvider clock) : ChangedStandardsObserver(contexts)
{
    protected override async Task OnStandardsChangedAsync(RoleMapperDbContext db, ImportRun run, List<string> changed, CancellationToken ct)
    {
        var lines = await db.PlanLines.IgnoreQueryFilters([RoleMapperDbContext.OrganisationFilter]).AsNoTracking()
            .Where(l => changed.Contains(l.Reference))
            .Select(l => new { l.Id, l.Reference, l.Year, l.PricedAt })
            .ToListAsync(ct);
        if (lines.Count == 0)
        {
            return;
        }
        var versions = await PlanPricing.LoadAsync(db, lines.Select(l => l.Reference), ct);
        var flags = lines
            .Select(l => (l.Id, Reason: ReasonFor(l.Reference, new FinancialYear(l.Year), l.PricedAt, versions[l.Reference].ToList(), run.FeedDate)))
            .Where(f => f.Reason is not null);
        var now = clock.GetUtcNow().UtcDateTime;
        // One statement per distinct reason: a retired standard flags its lines in every council at once.
        foreach (var group in flags.GroupBy(f => f.Reason!, f => f.Id))
        {
            var ids = group.ToList();
            await db.PlanLines.IgnoreQueryFilters([RoleMapperDbContext.OrganisationFilter])
                .Where(l => ids.Contains(l.Id))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(l => l.NeedsReview, true)
                    .SetProperty(l => l.ReviewReason, group.Key)
                    .SetProperty(l => l.ReviewFlaggedUtc, now), ct);
        }
    }

    /// <summary>Why the line needs a person to look again, or null when it is priced as it was planned.</summary>
    public static string? ReasonFor(string reference, FinancialYear year, int? pricedAt, IReadOnlyList<PricedVersion> versions, DateOnly feedDate)
    {
        var price = PlanPricing.Price(versions, year);
        if (price.UnitPrice is not { } now)
        {
            var latest = versions.OrderByDescending(v => v.Major).ThenByDescending(v => v.Minor).FirstOrDefault();
            var states = versions.Select(v => new VersionState(v.Version, v.Major, v.Minor, v.Status, v.Listed)).ToList();
            return ReviewReasons.For(reference, latest?.Version, states, feedDate);
        }
        if (now == pricedAt)
        {
            return null;
        }
        var date = feedDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return pricedAt is { } was
            ? $"{reference}'s funding band for {year} changed from {PlanPricing.Pounds(was)} to {PlanPricing.Pounds(now)} on {date}"
            : $"{reference} can be priced again for {year}, at {PlanPricing.Pounds(now)} ({date})";
    }
}
