namespace RoleMapper.Core.Tests.StandardsFeed;

public abstract class ConcurrentImportTests(DatabaseProvider provider)
{
    public sealed class OnSqlite() : ConcurrentImportTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : ConcurrentImportTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task SecondImport_WhileOneRuns_DoesNotStart()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        await using var server = await FeedServer.StartAsync();
        var feed = FeedFixtures.Bytes(FeedFixtures.Load(RepoPaths.SmallNewFeed));
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Answer(FeedServer.Held(FeedServer.Json(feed), release.Task));

        var first = db.ImportAsync(server.FeedUrl.ToString());
        // The first import holds the lease and waits for the feed, which answers only when told.
        await server.ReceivedAsync(1);
        var second = await db.ImportAsync(RepoPaths.SmallNewFeed);
        release.SetResult();

        Assert.Equal(ImportOutcome.Succeeded, (await first).Outcome);
        Assert.Equal(ImportOutcome.Failed, second.Outcome);
        Assert.Contains("Another import is already running", second.FailureReason, StringComparison.Ordinal);
    }
}
