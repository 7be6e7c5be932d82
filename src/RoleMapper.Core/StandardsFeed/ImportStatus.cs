using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;

namespace RoleMapper.Core.StandardsFeed;

/// <summary>How current the standards are: for page footers, /healthz and failure logs.</summary>
/// <param name="DataDate">
/// How old the feed's own data is, which a recent import does not make new: a snapshot file's date, or for a live
/// download the newest change date among the standards it lists (Skills England can go months without one).
/// </param>
public sealed record ImportStatus(DateTime? LastSuccessUtc, DateOnly? FeedDate, int? DaysSinceLastSuccess, ImportRun? LastRun,
    DateOnly? DataDate = null, int? DataAgeDays = null)
{
    public static async Task<ImportStatus> ReadAsync(RoleMapperDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var lastSuccess = await db.ImportRuns.AsNoTracking()
            .Where(r => r.Outcome == ImportOutcome.Succeeded)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(ct);
        var lastRun = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        int? days = lastSuccess?.FinishedUtc is { } finished
            ? (int)(clock.GetUtcNow().UtcDateTime.Date - finished.Date).TotalDays
            : null;
        var dataDate = lastSuccess is null ? null : await DataDateAsync(db, lastSuccess, ct);
        return new ImportStatus(lastSuccess?.FinishedUtc, lastSuccess?.FeedDate, days, lastRun,
            dataDate, dataDate is { } d ? Math.Max(0, today.DayNumber - d.DayNumber) : null);
    }

    /// <summary>A dated snapshot file says its date; a live feed's newest change (never one after the download) says its own.</summary>
    private static async Task<DateOnly?> DataDateAsync(RoleMapperDbContext db, ImportRun run, CancellationToken ct)
    {
        if (new FeedSource(run.Source).NamesItsDate)
        {
            return run.FeedDate;
        }
        return await db.StandardVersions.AsNoTracking()
            .Where(v => v.RemovedFromFeedUtc == null && v.ChangedOn != null && v.ChangedOn <= run.FeedDate)
            .MaxAsync(v => v.ChangedOn, ct);
    }

    public string Describe() => DaysSinceLastSuccess switch
    {
        null => "No import has succeeded yet.",
        0 => "The last successful import was today.",
        1 => "The last successful import was 1 day ago.",
        var d => $"The last successful import was {d} days ago.",
    };

    /// <summary>"The data itself dates from 22 August 2026, 103 days ago.", or null before any import.</summary>
    public string? DescribeData() => (DataDate, DataAgeDays) switch
    {
        ({ } date, { } age) => $"The data itself dates from {date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}, "
            + (age == 0 ? "today." : $"{Counted.Of(age, "day", "days")} ago."),
        _ => null,
    };
}
