using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using RoleMapper.Core.StandardsFeed;
using RoleMapper.TestSupport;

namespace RoleMapper.Core.Tests.StandardsFeed;

/// <summary>The schedule, driven by a fake clock: it fires at 02:30 London time, in winter and in summer.</summary>
public sealed class NightlyImportServiceTests
{
    [Theory]
    [InlineData("2026-11-23T12:00:00Z", "2026-11-24T02:30:00Z")] // GMT: 02:30 London is 02:30 UTC
    [InlineData("2026-07-01T12:00:00Z", "2026-07-02T01:30:00Z")] // BST: 02:30 London is 01:30 UTC
    public async Task Schedule_RunsTheImportAtHalfPastTwoLondonTime(string start, string expectedRunUtc)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        await using var db = await TestDatabase.CreateAsync(
            new Dictionary<string, string?> { ["Import:FeedUrl"] = RepoPaths.SmallNewFeed },
            s =>
            {
                s.AddSingleton<TimeProvider>(clock);
                s.AddSingleton<NightlyImportService>();
            });
        var nightly = db.Services.GetRequiredService<NightlyImportService>();
        await ((IHostedService)nightly).StartAsync(default);
        var due = DateTimeOffset.Parse(expectedRunUtc, System.Globalization.CultureInfo.InvariantCulture);

        // One minute before the due time nothing has run...
        await AdvanceToAsync(clock, due.AddMinutes(-1));
        Assert.Equal(0, await RunCountAsync(db));
        // ...and at the due time the import runs once.
        await AdvanceToAsync(clock, due);
        await WaitForRunsAsync(db, 1);

        await ((IHostedService)nightly).StopAsync(default);
        await using var context = db.NewContext();
        var run = await context.ImportRuns.SingleAsync();
        Assert.Equal(ImportOutcome.Succeeded, run.Outcome);
        Assert.Equal(due.UtcDateTime, run.StartedUtc);
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
        var status = await ImportStatus.ReadAsync(context, TimeProvider.System, default);
        Assert.Equal(0, status.DaysSinceLastSuccess);
        Assert.Equal(new DateOnly(2026, 8, 22), status.FeedDate);
    }

    private static async Task AdvanceToAsync(FakeTimeProvider clock, DateTimeOffset target)
    {
        // Let the service reach its Task.Delay before moving time, then move in one step.
        await Task.Delay(100);
        clock.Advance(target - clock.GetUtcNow());
        await Task.Delay(100);
    }

    private static async Task<int> RunCountAsync(TestDatabase db)
    {
        await using var context = db.NewContext();
        return await context.ImportRuns.CountAsync(r => r.Outcome != ImportOutcome.Running);
    }

    private static async Task WaitForRunsAsync(TestDatabase db, int count)
    {
        for (var i = 0; i < 200 && await RunCountAsync(db) < count; i++)
        {
            await Task.Delay(50);
        }
        Assert.Equal(count, await RunCountAsync(db));
    }
}
