using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using RoleMapper.Core.StandardsFeed;

namespace RoleMapper.Core.Tests.StandardsFeed;

/// <summary>The schedule, driven by a fake clock: it fires at 02:30 London time, in winter and in summer.</summary>
public sealed class NightlyImportServiceTests
{
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
            });
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
    public async Task ScheduleDisabled_TheNodeNeverImports()
    {
        // A node of a shared deployment with its nightly import off (docs/deploy.md: one import node, or all).
        var clock = new WatchedClock(DateTimeOffset.Parse("2026-11-23T12:00:00Z", CultureInfo.InvariantCulture));
        await using var db = await TestDatabase.CreateAsync(
            new Dictionary<string, string?> { ["Import:FeedUrl"] = RepoPaths.SmallNewFeed, ["Import:ScheduleEnabled"] = "false" },
            s =>
            {
                s.AddSingleton<TimeProvider>(clock);
                s.AddSingleton<NightlyImportService>();
            });
        var nightly = db.Services.GetRequiredService<NightlyImportService>();

        await ((IHostedService)nightly).StartAsync(default);
        // The service ends by itself rather than waiting for 02:30 (the cap only detects a hang).
        await nightly.ExecuteTask!.WaitAsync(TimeSpan.FromMinutes(1));
        clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(0, await RunCountAsync(db));
        await ((IHostedService)nightly).StopAsync(default);
    }

    [Fact]
    public async Task FeedDown_TheRunFails_AndTheLastGoodDataStays()
    {
        await using var server = await FeedServer.StartAsync();
        server.Answer(FeedServer.Status(503));
        await using var db = await TestDatabase.CreateAsync(
            new Dictionary<string, string?> { ["Import:FeedUrl"] = server.FeedUrl.ToString(), ["Import:MaxRetryAttempts"] = "1" },
            s => s.AddSingleton<NightlyImportService>());
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
