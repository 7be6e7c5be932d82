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
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.ScheduleEnabled)
        {
            logger.LogInformation("The nightly import is switched off (Import:ScheduleEnabled=false)");
            return;
        }
        var schedule = CronExpression.Parse(settings.Schedule);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            if (schedule.GetNextOccurrence(now, zone) is not { } next)
            {
                return;
            }
            logger.LogInformation("Next standards import at {Next:u}", next);
            try
            {
                await Task.Delay(next - now, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await RunOnceAsync(stoppingToken);
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
