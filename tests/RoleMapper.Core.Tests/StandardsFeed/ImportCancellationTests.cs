namespace RoleMapper.Core.Tests.StandardsFeed;

/// <summary>A run whose caller cancels it (Ctrl+C in the command line, the web app stopping) ends Cancelled, changes nothing and frees the lease.</summary>
public abstract class ImportCancellationTests(DatabaseProvider provider)
{
    public sealed class OnSqlite() : ImportCancellationTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : ImportCancellationTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task ARunCancelledWhileItsFeedStalls_EndsCancelledFreesTheLeaseAndChangesNothing()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        await using var server = await FeedServer.StartAsync();
        await db.ImportAsync(RepoPaths.SmallOldFeed);
        var feed = FeedFixtures.Bytes(FeedFixtures.Load(RepoPaths.SmallNewFeed));
        var stalled = new TaskCompletionSource();
        server.Answer(FeedServer.Json(feed), FeedServer.Stall(feed, feed.Length / 3, stalled));
        using var stop = new CancellationTokenSource();

        var running = db.Importer.RunAsync(new FeedSource(server.FeedUrl.ToString()), stop.Token);
        await stalled.Task.WaitAsync(TimeSpan.FromMinutes(1));
        await stop.CancelAsync();
        var run = await running.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(ImportOutcome.Cancelled, run.Outcome);
        Assert.Equal(ImportService.CancelledReason, run.FailureReason);
        await using (var context = db.NewContext())
        {
            Assert.Equal(ImportOutcome.Cancelled, (await context.ImportRuns.SingleAsync(r => r.Id == run.Id)).Outcome);
            Assert.Equal(0, await context.StandardChanges.CountAsync(c => c.ImportRunId == run.Id));
            Assert.Equal(50, await context.StandardVersions.CountAsync());
        }
        var next = await db.ImportAsync(server.FeedUrl.ToString());
        Assert.Equal(ImportOutcome.Succeeded, next.Outcome);
    }
}
