namespace RoleMapper.Core.Tests.StandardsFeed;

public sealed class CircuitBreakerTests
{
    [Fact]
    public async Task RepeatedFailures_OpenTheCircuit_SoTheNextRunFailsWithoutCallingTheFeed()
    {
        await using var db = await TestDatabase.CreateAsync(new Dictionary<string, string?>
        {
            ["Import:CircuitBreakerMinimumThroughput"] = "5",
            ["Import:MaxRetryAttempts"] = "4",
        });
        await using var server = await FeedServer.StartAsync();
        server.Answer(FeedServer.Status(503));

        var first = await db.ImportAsync(server.FeedUrl.ToString());
        var requestsAfterFirst = server.Requests;
        var second = await db.ImportAsync(server.FeedUrl.ToString());

        Assert.Equal(ImportOutcome.Failed, first.Outcome);
        Assert.Equal(ImportOutcome.Failed, second.Outcome);
        Assert.Contains("circuit open", second.FailureReason, StringComparison.Ordinal);
        Assert.Equal(requestsAfterFirst, server.Requests);
    }
}
