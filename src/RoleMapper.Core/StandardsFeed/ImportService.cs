using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;
using RoleMapper.Core.Data;
using RoleMapper.Core.Jobs;

namespace RoleMapper.Core.StandardsFeed;

/// <summary>
/// Runs one import of the standards feed. The CLI, the nightly schedule, first-start seeding and the tests all call
/// <see cref="RunAsync"/>. A run either applies every change in one transaction or changes nothing; either way it leaves
/// an <see cref="ImportRun"/> audit row saying what happened.
/// </summary>
public sealed class ImportService(
    IDbContextFactory<RoleMapperDbContext> contexts,
    FeedClient feedClient,
    JobLeaseStore leases,
    IOptions<ImportOptions> options,
    TimeProvider clock,
    IEnumerable<IImportObserver> observers,
    ILogger<ImportService> logger)
{
    public const string LeaseName = "standards-import";

    /// <summary>Runs an import; if another is running, records this one as failed with that reason.</summary>
    public Task<ImportRun> RunAsync(FeedSource source, CancellationToken ct = default) => RunAsync(source, null, ct);

    /// <summary>As <see cref="RunAsync(FeedSource, CancellationToken)"/>; with <paramref name="removalOverride"/>, this one
    /// run is not refused for removing too much (<see cref="RemovalGuard"/>), and the run says who decided so.</summary>
    public async Task<ImportRun> RunAsync(FeedSource source, RemovalOverride? removalOverride, CancellationToken ct = default)
    {
        if (await RunIfIdleAsync(source, removalOverride, ct) is { } run)
        {
            return run;
        }
        var holder = await leases.FindAsync(LeaseName, ct);
        var now = clock.GetUtcNow();
        var reason = holder is null
            ? "Another import is already running, and was finishing as this one asked; this one did not start."
            : $"Another import is already running, on {holder.Describe()} since {holder.AcquiredUtc:yyyy-MM-dd HH:mm} UTC; this one did not start.";
        // Not an error: the other import is doing the work. Its lease lapses within Import:LeaseDuration if it died.
        logger.LogInformation("{Reason}", reason);
        return await FinishAsync(
            new ImportRun { StartedUtc = now.UtcDateTime, Source = source.Location, FeedDate = source.FeedDate(now) },
            (ImportOutcome.Failed, reason), expected: true);
    }

    /// <summary>
    /// Runs an import unless another is running anywhere (another process or web node), in which case it returns null
    /// and writes nothing: the nightly job on every node calls this, and exactly one of them does the work.
    /// </summary>
    public Task<ImportRun?> RunIfIdleAsync(FeedSource source, CancellationToken ct = default) => RunIfIdleAsync(source, null, ct);

    private async Task<ImportRun?> RunIfIdleAsync(FeedSource source, RemovalOverride? removalOverride, CancellationToken ct)
    {
        var settings = options.Value;
        var stopwatch = Stopwatch.StartNew();
        var now = clock.GetUtcNow();
        var run = new ImportRun
        {
            StartedUtc = now.UtcDateTime,
            Source = source.Location,
            FeedDate = source.FeedDate(now),
            Outcome = ImportOutcome.Running,
        };

        // Renewed while the run works, so a live import keeps it however long it takes and a dead one frees it within
        // Import:LeaseDuration.
        await using var lease = await leases.TryAcquireAsync(LeaseName, settings.LeaseDuration, ct, renew: true);
        if (lease is null)
        {
            return null;
        }
        await MarkInterruptedRunsAsync(ct);
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            db.ImportRuns.Add(run);
            await db.SaveChangesAsync(ct);
        }

        (ImportOutcome Outcome, string Reason)? ending = null;
        try
        {
            using var downloadTimeout = CancellationTokenSource.CreateLinkedTokenSource(ct, lease.Lost);
            downloadTimeout.CancelAfter(settings.DownloadTimeout);
            var records = await ReadAllAsync(source, run.StartedUtc, downloadTimeout.Token);
            var batch = FeedBatch.From(records, settings.MaxRejectedShare);
            using var work = CancellationTokenSource.CreateLinkedTokenSource(ct, lease.Lost);
            await ApplyAsync(batch, run, removalOverride, work.Token);
            if (removalOverride is not null)
            {
                logger.LogWarning("Import {RunId}: {Override}", run.Id, run.Warnings.Last().Message);
            }
        }
        catch (Exception e) when (Describe(e, ct, lease.Lost) is { } reason)
        {
            ending = reason;
        }
        await FinishAsync(run, ending, stopwatch.Elapsed);
        if (ending is null)
        {
            await NotifyAsync(run, ct);
        }
        return run;
    }

    private async Task NotifyAsync(ImportRun run, CancellationToken ct)
    {
        foreach (var observer in InOrder(observers))
        {
            try
            {
                await observer.OnImportSucceededAsync(run, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The import itself succeeded and is committed; an observer's failure must not report it as failed.
                logger.LogError(e, "{Observer} failed after import {RunId}", observer.GetType().Name, run.Id);
            }
        }
    }

    /// <summary>The order observers are told in: by stage, then as registered (a stable sort).</summary>
    public static IEnumerable<IImportObserver> InOrder(IEnumerable<IImportObserver> observers) => observers.OrderBy(o => o.Order);

    private async Task<List<FeedRecord>> ReadAllAsync(FeedSource source, DateTime nowUtc, CancellationToken ct)
    {
        await using var stream = await feedClient.OpenAsync(source, ct);
        var records = new List<FeedRecord>();
        await foreach (var element in FeedReader.ReadAsync(stream, ct))
        {
            if (FeedRecordMapper.MissingRequiredField(element) is { } missing)
            {
                throw new FeedFormatException(
                    $"Record {records.Count + 1} has no '{missing}' field; the feed's shape has changed, so nothing was imported.");
            }
            records.Add(FeedRecordMapper.Map(element, records.Count, nowUtc));
        }
        return records;
    }

    private async Task ApplyAsync(FeedBatch batch, ImportRun run, RemovalOverride? removalOverride, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.ImportRuns.Attach(run);
        // Set after attaching, so EF Core sees them as changes and the audit row keeps them.
        run.Records = batch.Records;
        run.Rejected = batch.Rejected;
        run.Errors = batch.Errors;
        run.Warnings = batch.Warnings;
        await new StandardsUpdater(db, run, run.StartedUtc, options.Value, removalOverride).ApplyAsync(batch, ct);
        run.Outcome = ImportOutcome.Succeeded;
        run.FinishedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// Saves the run's final state: succeeded, or <paramref name="ending"/> (failed or cancelled, and why). A run that did
    /// not succeed keeps its errors but none of its counts of changes.
    /// </summary>
    /// <param name="expected">A run that did not start because another is running: logged as information, not an error.</param>
    private async Task<ImportRun> FinishAsync(ImportRun run, (ImportOutcome Outcome, string Reason)? ending, TimeSpan? elapsed = null, bool expected = false)
    {
        run.FinishedUtc ??= clock.GetUtcNow().UtcDateTime;
        if (ending is var (outcome, reason))
        {
            run.Outcome = outcome;
            run.FailureReason = reason;
            run.Added = run.StatusChanges = run.ContentChanges = run.Vanished = run.Unchanged = 0;
            run.ApprovedVersionChanges = run.NewlyApproved = run.NoLongerApproved = 0;
            // The audit row must be written even when the caller's token was cancelled.
            await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
            run.Approved = await ApprovedStandardsAsync(db);
            if (run.Id == 0)
            {
                db.ImportRuns.Add(run);
            }
            else
            {
                db.ImportRuns.Update(run);
            }
            await db.SaveChangesAsync(CancellationToken.None);
            if (expected)
            {
                // Logged by the caller with its reason.
            }
            else if (outcome == ImportOutcome.Cancelled)
            {
                logger.LogWarning("Import from {Source} was cancelled; nothing was changed. {Status}", run.Source, await LastSuccessTextAsync(db));
            }
            else
            {
                logger.LogError("Import from {Source} failed: {Reason} {Status}", run.Source, reason, await LastSuccessTextAsync(db));
            }
        }
        else
        {
            logger.LogInformation(
                "Import from {Source} succeeded in {Seconds:F1}s: {Records} records, {Added} added, {StatusChanges} status changes, " +
                "{ContentChanges} content changes, {Vanished} vanished, {Rejected} rejected, {Approved} standards approved",
                run.Source, elapsed?.TotalSeconds, run.Records, run.Added, run.StatusChanges, run.ContentChanges, run.Vanished,
                run.Rejected, run.Approved);
        }
        return run;
    }

    private static Task<int> ApprovedStandardsAsync(RoleMapperDbContext db) =>
        db.StandardVersions
            .Where(v => v.Status == Standards.StandardStatus.ApprovedForDelivery && v.RemovedFromFeedUtc == null)
            .Select(v => v.Reference).Distinct().CountAsync();

    private async Task<string> LastSuccessTextAsync(RoleMapperDbContext db)
    {
        var status = await ImportStatus.ReadAsync(db, clock, CancellationToken.None);
        return status.Describe();
    }

    /// <summary>A run left "Running" by a process that died cannot still be running: we hold the lease now.</summary>
    private async Task MarkInterruptedRunsAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.ImportRuns.Where(r => r.Outcome == ImportOutcome.Running)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Outcome, ImportOutcome.Failed)
                .SetProperty(r => r.FailureReason, "Interrupted: the process stopped before the run finished."), ct);
    }

    public const string CancelledReason =
        "Cancelled: the import was stopped before it finished (Ctrl+C, SIGTERM or the app shutting down); nothing was changed.";

    /// <summary>
    /// How a run that did not succeed ended, with the reason a person reads, or null to let the exception through (a
    /// bug). Once the caller has cancelled, whatever the work threw on its way out (a reset connection, say), the run
    /// was cancelled.
    /// </summary>
    private static (ImportOutcome, string)? Describe(Exception e, CancellationToken callerToken, CancellationToken leaseLost) => e switch
    {
        _ when callerToken.IsCancellationRequested => (ImportOutcome.Cancelled, CancelledReason),
        _ when leaseLost.IsCancellationRequested => (ImportOutcome.Failed,
            "The import lost its lease: it could not renew it in time (Import:LeaseDuration) and another process took it; nothing was changed."),
        FeedFormatException f => (ImportOutcome.Failed, f.Message),
        BrokenCircuitException => (ImportOutcome.Failed, "The feed has failed repeatedly, so calls to it are paused for a while (circuit open)."),
        TimeoutRejectedException => (ImportOutcome.Failed, "The feed did not answer in time, even after retries."),
        HttpRequestException h => (ImportOutcome.Failed, $"The feed could not be reached: {h.Message}"),
        OperationCanceledException => (ImportOutcome.Failed, "The download took longer than the allowed time (Import:DownloadTimeout)."),
        IOException io => (ImportOutcome.Failed, $"The download failed part-way: {io.Message}"),
        System.IO.InvalidDataException d => (ImportOutcome.Failed, $"The feed file is not valid gzip: {d.Message}"),
        _ => null,
    };
}
