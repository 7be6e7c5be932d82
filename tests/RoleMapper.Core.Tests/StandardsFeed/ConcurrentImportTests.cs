using RoleMapper.Core.StandardsFeed;
using RoleMapper.TestSupport;

namespace RoleMapper.Core.Tests.StandardsFeed;

public sealed class ConcurrentImportTests
{
    [Fact]
    public async Task SecondImport_WhileOneRuns_DoesNotStart()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var server = await FeedServer.StartAsync();
        var feed = FeedFixtures.Bytes(FeedFixtures.Load(RepoPaths.SmallNewFeed));
        server.Answer(FeedServer.Slow(TimeSpan.FromSeconds(1.5), FeedServer.Json(feed)));

        var slow = db.ImportAsync(server.FeedUrl.ToString());
        await WaitUntilAsync(() => server.Requests > 0);
        var second = await db.ImportAsync(RepoPaths.SmallNewFeed);
        var first = await slow;

        Assert.Equal(ImportOutcome.Succeeded, first.Outcome);
        Assert.Equal(ImportOutcome.Failed, second.Outcome);
        Assert.Contains("Another import is already running", second.FailureReason, StringComparison.Ordinal);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }
        Assert.True(condition());
    }
}
