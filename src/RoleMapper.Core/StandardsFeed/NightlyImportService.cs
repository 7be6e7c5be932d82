using Cronos;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RoleMapper.Core.StandardsFeed;

/// <summary>
/// Runs the import on the configured cron schedule (default 02:30 UK time, so it follows the clocks changing).
/// Every web node runs this timer; the import lease lets exactly one of them import. When the feed is down the run
/// fails, the last good data stays, and the next night tries again.
/// </summary>
public sealed class NightlyImportService(
    ImportService importer,
    IOptions<ImportOptions> options,
    TimeProvider clock,
    ILogger<NightlyImportService> logger) : BackgroundService
{
    /// <summary>
    /// The longest single wait: Task.Delay refuses more than about 49.7 days, which a monthly or yearly schedule can ask
    /// for; a longer wait is taken in steps, each ending with the next occurrence worked out again.
    /// </summary>
    internal static readonly TimeSpan LongestWait = TimeSpan.FromDays(28);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.ScheduleEnabled)
        {
            logger.LogInformation("The nightly import is switched off (Import:ScheduleEnabled=false)");
            return;
        }
        if (settings.RunAtStart)
        {
            logger.LogInformation("Importing at start (Import:RunAtStart=true)");
            await RunOnceAsync(stoppingToken);
        }
        var schedule = CronExpression.Parse(settings.Schedule);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);
        DateTimeOffset? announced = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            if (schedule.GetNextOccurrence(now, zone) is not { } next)
            {
                return;
            }
            if (next != announced)
            {
                logger.LogInformation("Next standards import at {Next:u}", next);
                announced = next;
            }
            var due = next - now <= LongestWait;
            try
            {
                await Task.Delay(due ? next - now : LongestWait, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            if (due)
            {
                await RunOnceAsync(stoppingToken);
            }
        }
    }

    public async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            var run = await importer.RunIfIdleAsync(new FeedSource(options.Value.FeedUrl), ct);
            if (run is null)
            {
                logger.LogInformation("Another node or process is importing; this one skips tonight's run");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in one run must not stop the schedule: log it and try again at the next occurrence.
            logger.LogError(e, "The nightly import crashed");
        }
    }
}
