using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoleMapper.Core.Jobs;

namespace RoleMapper.Core.UnmatchedTitles;

/// <summary>
/// Writes the recorder's queue to the database every <see cref="UnmatchedTitleOptions.FlushInterval"/>, and once more on
/// shutdown. A failed write only warns: the queue keeps filling and the next tick tries again, and losing a batch of log
/// rows is not worth a crash.
/// </summary>
public sealed class UnmatchedTitleFlushService(UnmatchedTitleRecorder recorder, IOptions<UnmatchedTitleOptions> options, TimeProvider clock,
    ILogger<UnmatchedTitleFlushService> logger) : PeriodicJob(options.Value.FlushInterval, clock, logger)
{
    protected override bool RunsAtStop => true;

    protected override LogLevel FailureLevel => LogLevel.Warning;

    protected override string Failure => "Writing unmatched job titles failed";

    protected override Task RunAsync(CancellationToken ct) => recorder.FlushAsync(ct);
}
