using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RoleMapper.Core.UnmatchedTitles;

/// <summary>Writes the recorder's queue to the database every <see cref="UnmatchedTitleOptions.FlushInterval"/>, and once more on shutdown.</summary>
public sealed class UnmatchedTitleFlushService(UnmatchedTitleRecorder recorder, IOptions<UnmatchedTitleOptions> options, TimeProvider clock, ILogger<UnmatchedTitleFlushService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FlushInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the final flush below still runs.
        }
        await FlushAsync(CancellationToken.None);
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        try
        {
            await recorder.FlushAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The queue keeps filling; the next tick tries again. Losing a batch of log rows is not worth a crash.
            logger.LogWarning(e, "Writing unmatched job titles failed");
        }
    }
}
