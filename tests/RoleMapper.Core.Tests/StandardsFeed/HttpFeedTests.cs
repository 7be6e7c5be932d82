namespace RoleMapper.Core.Tests.StandardsFeed;

/// <summary>Imports over real HTTP from a local server that fails on purpose, through the real resilience pipeline.</summary>
public sealed class HttpFeedTests : IAsyncLifetime
{
    private TestDatabase db = null!;
    private FeedServer server = null!;
    private static readonly byte[] NewFeed = FeedFixtures.Bytes(FeedFixtures.Load(RepoPaths.SmallNewFeed));

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync();
        server = await FeedServer.StartAsync();
        await db.ImportAsync(RepoPaths.SmallOldFeed);
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        await db.DisposeAsync();
    }

    private Task<ImportRun> ImportFromServerAsync() => db.ImportAsync(server.FeedUrl.ToString());

    private async Task<int> StandardsAddedByRun(int runId)
    {
        await using var context = db.NewContext();
        return await context.StandardChanges.CountAsync(c => c.ImportRunId == runId);
    }

    [Fact]
    public async Task Unavailable_TwiceThenOk_SucceedsAfterRetries()
    {
        server.Answer(FeedServer.Json(NewFeed), FeedServer.Status(503), FeedServer.Status(503));

        var run = await ImportFromServerAsync();

        Assert.Equal(ImportOutcome.Succeeded, run.Outcome);
        Assert.Equal(3, server.Requests);
        Assert.Equal(16, run.Added);
        // A live download describes the day it was fetched.
        Assert.Equal(DateOnly.FromDateTime(run.StartedUtc), run.FeedDate);
    }

    [Fact]
    public async Task TooManyRequests_WaitsAsLongAsRetryAfterAsks()
    {
        // On a clock of the test's own: the retry's wait is read off the clock, and time moves only when the test says.
        var clock = new WatchedClock(new DateTimeOffset(2026, 9, 1, 2, 30, 0, TimeSpan.Zero));
        await using var database = await TestDatabase.CreateAsync(configure: s => s.AddSingleton<TimeProvider>(clock));
        server.Answer(FeedServer.Json(NewFeed), FeedServer.Status(429, retryAfter: "1"));

        var import = database.ImportAsync(server.FeedUrl.ToString());
        // The retry's wait. An attempt's timeout (2 s in tests) and the import lease's renewal (a third of the lease) are
        // waits on the clock too, and are passed over.
        var renewal = new ImportOptions().LeaseDuration / 3;
        var retryWait = await clock.NextWaitAsync(wait => wait != TimeSpan.FromSeconds(2) && wait != renewal);
        clock.Advance(retryWait);
        var run = await import;

        // The configured backoff is 50 ms; only Retry-After explains a wait of a second.
        Assert.Equal(TimeSpan.FromSeconds(1), retryWait);
        Assert.Equal(ImportOutcome.Succeeded, run.Outcome);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task ServerError_Always_FailsAndKeepsTheData()
    {
        server.Answer(FeedServer.Status(500));

        var run = await ImportFromServerAsync();

        Assert.Equal(ImportOutcome.Failed, run.Outcome);
        Assert.Contains("500", run.FailureReason, StringComparison.Ordinal);
        Assert.Equal(5, server.Requests); // the first try and four retries
        Assert.Equal(0, await StandardsAddedByRun(run.Id));
        await using var context = db.NewContext();
        Assert.Equal(50, await context.StandardVersions.CountAsync());
        Assert.Equal(18, run.Approved);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(403)]
    [InlineData(400)]
    public async Task ClientError_IsNotRetried(int status)
    {
        server.Answer(FeedServer.Status(status));

        var run = await ImportFromServerAsync();

        Assert.Equal(ImportOutcome.Failed, run.Outcome);
        Assert.Equal(1, server.Requests);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), run.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestTimeout_408_IsRetried()
    {
        server.Answer(FeedServer.Json(NewFeed), FeedServer.Status(408));

        var run = await ImportFromServerAsync();

        Assert.Equal(ImportOutcome.Succeeded, run.Outcome);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task TruncatedBody_FailsAndKeepsTheData()
    {
        server.Answer(FeedServer.CutOff(NewFeed, NewFeed.Length / 3));

        var run = await ImportFromServerAsync();

        Assert.Equal(ImportOutcome.Failed, run.Outcome);
        Assert.Matches("cut off|ended|part-way", run.FailureReason);
        Assert.Equal(0, await StandardsAddedByRun(run.Id));
    }

    [Fact]
    public async Task InvalidJson_FailsAndKeepsTheData()
    {
        server.Answer(FeedServer.Json("[{\"referenceNumber\": \"ST0001\", oops}]"u8.ToArray()));

        var run = await ImportFromServerAsync();

        Assert.Equal(ImportOutcome.Failed, run.Outcome);
        Assert.Contains("not valid JSON", run.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyArray_FailsAndKeepsTheData()
    {
        server.Answer(FeedServer.Json("[]"u8.ToArray()));

        var run = await ImportFromServerAsync();

        Assert.Equal(ImportOutcome.Failed, run.Outcome);
        Assert.Contains("empty array", run.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowServer_PastTheTimeout_FailsAfterRetrying()
    {
        // The attempt timeout in tests is 2 s; this server never answers, so every attempt times out.
        server.Answer(FeedServer.Held(FeedServer.Json(NewFeed)));

        var run = await ImportFromServerAsync();

        Assert.Equal(ImportOutcome.Failed, run.Outcome);
        Assert.Contains("did not answer in time", run.FailureReason, StringComparison.Ordinal);
        Assert.Equal(5, server.Requests);
        Assert.Equal(0, await StandardsAddedByRun(run.Id));
    }

    [Fact]
    public async Task SlowServer_ThenFast_Succeeds()
    {
        server.Answer(FeedServer.Json(NewFeed), FeedServer.Held(FeedServer.Json(NewFeed)));

        var run = await ImportFromServerAsync();

        Assert.Equal(ImportOutcome.Succeeded, run.Outcome);
        Assert.Equal(2, server.Requests);
    }
}
