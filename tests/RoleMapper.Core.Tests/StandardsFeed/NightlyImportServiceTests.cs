using System.Globalization;
using Microsoft.Extensions.Hosting;

namespace RoleMapper.Core.Tests.StandardsFeed;

/// <summary>The schedule, driven by a fake clock: it fires at 02:30 London time, in winter and in summer.</summary>
public abstract class NightlyImportServiceTests(DatabaseProvider provider)
{
    public sealed class OnSqlite() : NightlyImportServiceTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : NightlyImportServiceTests(DatabaseProvider.Postgres);

    [Theory]
    [InlineData("2026-11-23T12:00:00Z", "2026-11-24T02:30:00Z")] // GMT: 02:30 London is 02:30 UTC
    [InlineData("2026-07-01T12:00:00Z", "2026-07-02T01:30:00Z")] // BST: 02:30 London is 01:30 UTC
    public async Task Schedule_RunsTheImportAtHalfPastTwoLondonTime(string start, string expectedRunUtc)
    {
        var clock = new WatchedClock(DateTimeOffset.Parse(start, CultureInfo.InvariantCulture));
        await using var db = await TestDatabase.CreateAsync(
            new Dictionary<string, string?> { ["Import:FeedUrl"] = RepoPaths.SmallNewFeed },
            s =>
            {
                s.AddSingleton<TimeProvider>(clock);
                s.AddSingleton<NightlyImportService>();
            }, provider: provider);
        var nightly = db.Services.GetRequiredService<NightlyImportService>();
        var due = DateTimeOffset.Parse(expectedRunUtc, CultureInfo.InvariantCulture);

        await ((IHostedService)nightly).StartAsync(default);
        // The service waits, on the clock, exactly until the run is due, and nothing runs before.
        Assert.Equal(due - clock.GetUtcNow(), await clock.NextWaitAsync());
        Assert.Equal(0, await RunCountAsync(db));

        // At the due time the import runs once, after which the service waits for the same time the next night.
        clock.Advance(due - clock.GetUtcNow());
        Assert.Equal(TimeSpan.FromDays(1), await clock.NextWaitAsync(wait => wait > TimeSpan.FromHours(12)));
        Assert.Equal(1, await RunCountAsync(db));

        await ((IHostedService)nightly).StopAsync(default);
        await using var context = db.NewContext();
        var run = await context.ImportRuns.SingleAsync();
        Assert.Equal(ImportOutcome.Succeeded, run.Outcome);
        Assert.Equal(due.UtcDateTime, run.StartedUtc);
    }

    [Fact]
    public async Task Schedule_MonthsAhead_WaitsInStepsAndRunsWhenDue()
    {
        // A yearly schedule: from March the run is ten months away, beyond what one Task.Delay may wait (49.7 days).
        var clock = new WatchedClock(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));
        await using var db = await ScheduledAsync(clock, new Dictionary<string, string?> { ["Import:Schedule"] = "0 3 1 1 *" });
        var nightly = db.Services.GetRequiredService<NightlyImportService>();
        var due = new DateTimeOffset(2027, 1, 1, 3, 0, 0, TimeSpan.Zero);

        await ((IHostedService)nightly).StartAsync(default);
        var steps = 0;
        for (var wait = await NightlyWaitAsync(clock); clock.GetUtcNow() + wait < due; wait = await NightlyWaitAsync(clock))
        {
            Assert.Equal(NightlyImportService.LongestWait, wait);
            Assert.Equal(0, await RunCountAsync(db));
            clock.Advance(wait);
            steps++;
        }
        clock.Advance(due - clock.GetUtcNow());
        await NightlyWaitAsync(clock);

        await ((IHostedService)nightly).StopAsync(default);
        Assert.Equal(10, steps);
        await using var context = db.NewContext();
        Assert.Equal(due.UtcDateTime, (await context.ImportRuns.SingleAsync()).StartedUtc);
    }

    [Fact]
    public async Task RunAtStart_ImportsAtOnceThenWaitsForTheSchedule()
    {
        var start = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
        var clock = new WatchedClock(start);
        await using var db = await ScheduledAsync(clock, new Dictionary<string, string?> { ["Import:RunAtStart"] = "true" });
        var nightly = db.Services.GetRequiredService<NightlyImportService>();

        await ((IHostedService)nightly).StartAsync(default);
        // The service waits for the night only once the run at start has finished.
        Assert.Equal(TimeSpan.FromHours(14.5), await NightlyWaitAsync(clock));

        await ((IHostedService)nightly).StopAsync(default);
        await using var context = db.NewContext();
        var run = await context.ImportRuns.SingleAsync();
        Assert.Equal((ImportOutcome.Succeeded, start.UtcDateTime), (run.Outcome, run.StartedUtc));
    }

    [Fact]
    public async Task ScheduleDisabled_TheNodeNeverImports()
    {
        // A node of a shared deployment with its nightly import off (docs/deploy.md: one import node, or all).
        var clock = new WatchedClock(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        await using var db = await ScheduledAsync(clock, new Dictionary<string, string?> { ["Import:ScheduleEnabled"] = "false" });
        var nightly = db.Services.GetRequiredService<NightlyImportService>();

        await ((IHostedService)nightly).StartAsync(default);
        // The service ends by itself rather than waiting for 02:30 (the cap only detects a hang).
        await nightly.ExecuteTask!.WaitAsync(TimeSpan.FromMinutes(1));
        clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(0, await RunCountAsync(db));
        await ((IHostedService)nightly).StopAsync(default);
    }

    private Task<TestDatabase> ScheduledAsync(WatchedClock clock, Dictionary<string, string?> settings)
    {
        settings["Import:FeedUrl"] = RepoPaths.SmallNewFeed;
        return TestDatabase.CreateAsync(settings, s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddSingleton<NightlyImportService>();
        }, provider: provider);
    }

    /// <summary>The schedule's next wait, passing over the import lease's renewals (a third of two minutes).</summary>
    private static Task<TimeSpan> NightlyWaitAsync(WatchedClock clock) => clock.NextWaitAsync(wait => wait > TimeSpan.FromHours(1));

    [Fact]
    public async Task FeedDown_TheRunFails_AndTheLastGoodDataStays()
    {
        await using var server = await FeedServer.StartAsync();
        server.Answer(FeedServer.Status(503));
        await using var db = await TestDatabase.CreateAsync(
            new Dictionary<string, string?> { ["Import:FeedUrl"] = server.FeedUrl.ToString(), ["Import:MaxRetryAttempts"] = "1" },
            s => s.AddSingleton<NightlyImportService>(), provider: provider);
        await db.ImportAsync(RepoPaths.SmallNewFeed);

        await db.Services.GetRequiredService<NightlyImportService>().RunOnceAsync(default);

        await using var context = db.NewContext();
        var runs = await context.ImportRuns.OrderBy(r => r.Id).ToListAsync();
        Assert.Equal([ImportOutcome.Succeeded, ImportOutcome.Failed], runs.Select(r => r.Outcome));
        Assert.Equal(62, await context.StandardVersions.CountAsync(v => v.RemovedFromFeedUtc == null));
        // Read as of the failed run, so the day cannot change between the run and the reading.
        var status = await ImportStatus.ReadAsync(context, new FakeTimeProvider(runs[1].StartedUtc), default);
        Assert.Equal(0, status.DaysSinceLastSuccess);
        Assert.Equal(new DateOnly(2026, 8, 22), status.FeedDate);
    }

    private static async Task<int> RunCountAsync(TestDatabase db)
    {
        await using var context = db.NewContext();
        return await context.ImportRuns.CountAsync(r => r.Outcome != ImportOutcome.Running);
    }
}
