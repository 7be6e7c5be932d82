using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RoleMapper.Core.Jobs;

/// <summary>
/// A background job of one node that does its work every <paramref name="interval"/> on the app's clock. A round that
/// fails is logged and the next tick tries again: the job never stops the app.
/// </summary>
public abstract class PeriodicJob(TimeSpan interval, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>Also run once at start, before the first tick.</summary>
    protected virtual bool RunsAtStart => false;

    /// <summary>Also run once more as the app stops, without its cancellation, so nothing queued is lost.</summary>
    protected virtual bool RunsAtStop => false;

    /// <summary>How a failed round is logged; an error unless the job says its work may be lost.</summary>
    protected virtual LogLevel FailureLevel => LogLevel.Error;

    /// <summary>What the log says when a round fails, such as "Refreshing the search index failed".</summary>
    protected abstract string Failure { get; }

    protected abstract Task RunAsync(CancellationToken ct);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            if (RunsAtStart)
            {
                await RunOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The app is stopping.
        }
        if (RunsAtStop)
        {
            await RunOnceAsync(CancellationToken.None);
        }
    }

    private async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            await RunAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.Log(FailureLevel, e, "{Failure}", Failure);
        }
    }
}
