using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using RoleMapper.Core.Jobs;

namespace RoleMapper.Core.Tests.Jobs;

/// <summary>
/// A lease its holder renews as it works: kept however long the work runs, free within its duration once the holder
/// stops renewing. Clocks are fakes; a renewal runs when the clock passes a third of the duration, and the tests wait
/// for the database to show it, never for time.
/// </summary>
public abstract class LeaseHeartbeatTests(DatabaseProvider provider)
{
    public sealed class OnSqlite() : LeaseHeartbeatTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : LeaseHeartbeatTests(DatabaseProvider.Postgres);

    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(2);
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 3, 2, 30, 0, TimeSpan.Zero));

    private Task<TestDatabase> DatabaseAsync() => TestDatabase.CreateAsync(configure: s => s.AddSingleton<TimeProvider>(clock), provider: provider);

    private static async Task<DateTime> ExpiryAsync(TestDatabase db, string name)
    {
        await using var context = db.NewContext();
        return await context.JobLeases.AsNoTracking().Where(l => l.Name == name).Select(l => l.ExpiresUtc).SingleAsync();
    }

    /// <summary>Polls the database until the lease expires at <paramref name="expected"/>: a renewal has landed.</summary>
    private static async Task WaitForExpiryAsync(TestDatabase db, string name, DateTime expected)
    {
        for (var i = 0; i < 600 && await ExpiryAsync(db, name) != expected; i++)
        {
            await Task.Delay(50);
        }
        Assert.Equal(expected, await ExpiryAsync(db, name));
    }

    [Fact]
    public async Task ARenewedLease_IsKeptPastItsDurationWhileItsHolderWorks()
    {
        await using var db = await DatabaseAsync();
        await using var other = db.AnotherNode(clock);
        await using var lease = await db.Services.GetRequiredService<JobLeaseStore>().TryAcquireAsync("job", Duration, default, renew: true);
        Assert.NotNull(lease);

        // Three times the duration, a third at a time: each step renews the lease for another full duration.
        for (var step = 0; step < 9; step++)
        {
            clock.Advance(Duration / 3);
            await WaitForExpiryAsync(db, "job", clock.GetUtcNow().UtcDateTime + Duration);
        }

        Assert.Null(await other.GetRequiredService<JobLeaseStore>().TryAcquireAsync("job", Duration, default));
        Assert.False(lease.Lost.IsCancellationRequested);
    }

    [Fact]
    public async Task AHolderThat_StopsRenewingFreesTheLeaseAfterItsDuration()
    {
        await using var db = await DatabaseAsync();
        // The dead holder's clock never moves again: its renewals never come.
        await using var dead = db.AnotherNode(new FakeTimeProvider(clock.GetUtcNow()));
        var abandoned = await dead.GetRequiredService<JobLeaseStore>().TryAcquireAsync("job", Duration, default, renew: true);
        Assert.NotNull(abandoned);
        var leases = db.Services.GetRequiredService<JobLeaseStore>();

        clock.Advance(Duration - TimeSpan.FromSeconds(1));
        Assert.Null(await leases.TryAcquireAsync("job", Duration, default));
        clock.Advance(TimeSpan.FromSeconds(1));
        await using var next = await leases.TryAcquireAsync("job", Duration, default);

        Assert.NotNull(next);
    }

    [Fact]
    public async Task AHolderWhoseLease_WasTakenOverIsToldItLostIt()
    {
        await using var db = await DatabaseAsync();
        var frozen = new FakeTimeProvider(clock.GetUtcNow());
        await using var slow = db.AnotherNode(frozen);
        await using var lease = await slow.GetRequiredService<JobLeaseStore>().TryAcquireAsync("job", Duration, default, renew: true);
        clock.Advance(Duration);
        await using var taker = await db.Services.GetRequiredService<JobLeaseStore>().TryAcquireAsync("job", Duration, default);
        Assert.NotNull(taker);

        // The slow holder's next renewal finds the lease someone else's.
        frozen.Advance(Duration / 3);
        await Task.Delay(Timeout.Infinite, lease!.Lost).ContinueWith(_ => { }, TaskScheduler.Default).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(lease.Lost.IsCancellationRequested);
    }

    [Fact]
    public async Task AnotherImportRunning_IsAnInformationLineWithItsHolderAndNoErrorIsLogged()
    {
        var logs = new FakeLogCollector();
        await using var db = await TestDatabase.CreateAsync(configure: s => s.AddLogging(b => b
            .SetMinimumLevel(LogLevel.Information).AddProvider(new FakeLoggerProvider(logs))), provider: provider);
        await using var server = await FeedServer.StartAsync();
        var feed = FeedFixtures.Bytes(FeedFixtures.Load(RepoPaths.SmallNewFeed));
        var stalled = new TaskCompletionSource();
        server.Answer(FeedServer.Json(feed), FeedServer.Stall(feed, feed.Length / 3, stalled));
        using var stop = new CancellationTokenSource();
        var first = db.Importer.RunAsync(new FeedSource(server.FeedUrl.ToString()), stop.Token);
        await stalled.Task.WaitAsync(TimeSpan.FromMinutes(1));

        var second = await db.ImportAsync(RepoPaths.SmallNewFeed);
        await stop.CancelAsync();
        await first.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(ImportOutcome.Failed, second.Outcome);
        Assert.Matches(@"^Another import is already running, on [^,]+, process \d+ since \d{4}-\d\d-\d\d \d\d:\d\d UTC; this one did not start\.$", second.FailureReason);
        Assert.Contains(logs.GetSnapshot(), l => l.Level == LogLevel.Information && l.Message == second.FailureReason);
        Assert.DoesNotContain(logs.GetSnapshot(), l => l.Level >= LogLevel.Error);
    }
}
