using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;

namespace RoleMapper.Core.StandardsFeed;

/// <summary>How current the standards are: for page footers, /healthz and failure logs.</summary>
public sealed record ImportStatus(DateTime? LastSuccessUtc, DateOnly? FeedDate, int? DaysSinceLastSuccess, ImportRun? LastRun)
{
    public static async Task<ImportStatus> ReadAsync(RoleMapperDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var lastSuccess = await db.ImportRuns.AsNoTracking()
            .Where(r => r.Outcome == ImportOutcome.Succeeded)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(ct);
        var lastRun = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        int? days = lastSuccess?.FinishedUtc is { } finished
            ? (int)(clock.GetUtcNow().UtcDateTime.Date - finished.Date).TotalDays
            : null;
        return new ImportStatus(lastSuccess?.FinishedUtc, lastSuccess?.FeedDate, days, lastRun);
    }

    public string Describe() => DaysSinceLastSuccess switch
    {
        null => "No import has succeeded yet.",
        0 => "The last successful import was today.",
        1 => "The last successful import was 1 day ago.",
        var d => $"The last successful import was {d} days ago.",
    };
}
