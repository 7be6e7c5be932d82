using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Programme;
using RoleMapper.Core.Standards;

namespace RoleMapper.Core.Plan;

/// <summary>One version of a standard as pricing needs it.</summary>
public sealed record PricedVersion(string Reference, string Version, int Major, int Minor, StandardStatus Status, bool Listed,
    bool Paused, int MaxFunding, DateOnly? EarliestStart, DateOnly? LatestStart)
{
    public bool IsApproved => Status == StandardStatus.ApprovedForDelivery && Listed;

    /// <summary>Whether the version takes starts at some time in the year. A window that ends before it begins (the feed
    /// has "2019-03-28 to 2019-03-27") takes none.</summary>
    public bool Covers(FinancialYear year) =>
        (EarliestStart is null || EarliestStart <= year.End)
        && (LatestStart is null || LatestStart >= year.Start)
        && !(EarliestStart is { } from && LatestStart is { } to && to < from);
}

/// <summary>What one start on a standard costs in a year: the band, the version it comes from, and a note when it may change.</summary>
/// <param name="UnitPrice">The funding band in pounds; null when no approved version can be priced (retired, withdrawn, gone).</param>
public sealed record PlanPrice(int? UnitPrice, string? Version, string? Note);

/// <summary>
/// Prices a start at the funding band (<c>maxFunding</c>) of the version that will be current in the line's year: the
/// latest approved version (still listed) whose start dates reach into the year. When the approved version stops taking
/// starts before the year and its successor is not approved yet (ST0001 1.0 until 17/12/2026, 2.0 in development), the
/// start is priced at the approved version's band and the note says the price is provisional, with the next version's
/// band when the feed already gives one. Retired versions are never used: they take no new starts. Docs:
/// docs/plan-and-pathways.md.
/// </summary>
public static class PlanPricing
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static PlanPrice Price(IReadOnlyCollection<PricedVersion> versionsOfOneStandard, FinancialYear year)
    {
        var approved = versionsOfOneStandard.Where(v => v.IsApproved && v.MaxFunding > 0)
            .OrderByDescending(v => v.Major).ThenByDescending(v => v.Minor).ToList();
        if (approved.FirstOrDefault(v => v.Covers(year)) is { } current)
        {
            var notes = new List<string>();
            if (current.Paused)
            {
                notes.Add("paused for new starts");
            }
            if (current.LatestStart is { } last && last < year.End)
            {
                notes.Add($"version {current.Version} takes starts until {Date(last)}{Successor(versionsOfOneStandard, current)}");
            }
            return new(current.MaxFunding, current.Version, notes.Count == 0 ? null : string.Join("; ", notes));
        }
        if (approved.FirstOrDefault() is { } outside)
        {
            var when = outside.LatestStart is { } end && end < year.Start ? $"takes no starts after {Date(end)}"
                : $"takes starts from {Date(outside.EarliestStart!.Value)}";
            return new(outside.MaxFunding, outside.Version,
                $"Provisional: version {outside.Version} {when}{Successor(versionsOfOneStandard, outside)}");
        }
        return new(null, null, null);
    }

    /// <summary>The versions of each of <paramref name="references"/>, as pricing reads them, in one query.</summary>
    public static async Task<ILookup<string, PricedVersion>> LoadAsync(RoleMapperDbContext db, IEnumerable<string> references, CancellationToken ct)
    {
        var wanted = references.Distinct().ToList();
        var rows = wanted.Count == 0 ? [] : await db.StandardVersions.AsNoTracking()
            .Where(v => wanted.Contains(v.Reference))
            .Select(v => new PricedVersion(v.Reference, v.Version, v.VersionMajor, v.VersionMinor, v.Status, v.RemovedFromFeedUtc == null,
                v.PausedForStarts, v.MaxFunding, v.EarliestStartDate, v.LatestStartDate))
            .ToListAsync(ct);
        return rows.ToLookup(v => v.Reference);
    }

    public static string Pounds(long amount) => amount.ToString("C0", EnGb);

    private static string Successor(IEnumerable<PricedVersion> versions, PricedVersion current)
    {
        var next = versions.Where(v => v.Status == StandardStatus.InDevelopment && v.Listed
                && (v.Major > current.Major || (v.Major == current.Major && v.Minor > current.Minor)))
            .OrderBy(v => v.Major).ThenBy(v => v.Minor).FirstOrDefault();
        return next is null ? ""
            : next.MaxFunding > 0 ? $"; version {next.Version} is in development, with a band of {Pounds(next.MaxFunding)}"
            : $"; version {next.Version} is in development, its band not set yet";
    }

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
