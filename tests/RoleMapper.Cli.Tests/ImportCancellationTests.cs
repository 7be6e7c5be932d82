using RoleMapper.Core.StandardsFeed;

namespace RoleMapper.Cli.Tests;

/// <summary>
/// Stopping a real <c>rolemapper import</c> process whose feed stalled part-way, as a person at a terminal (Ctrl+C), a
/// service manager (SIGTERM) or a crash (kill -9) does. The feed is the test's own server, so the stall is certain.
/// Caps (30 s to exit, a minute for a lease to lapse) only turn a hang into a failure; nothing is timed, and the tests
/// wait for the database to show each step. The cap is generous on purpose: a loaded machine (CI, or a full run beside
/// other builds) must not turn a prompt exit into a failure.
/// </summary>
public sealed class ImportCancellationTests : IAsyncLifetime
{
    private static readonly byte[] Feed = FeedFixtures.Bytes(FeedFixtures.Load(RepoPaths.SmallNewFeed));
    /// <summary>Short, so a killed import's lease lapses in seconds; the default is two minutes.</summary>
    private static readonly Dictionary<string, string> ShortLease = new() { ["Import__LeaseDuration"] = "00:00:10" };
    private TestDatabase database = null!;
    private FeedServer server = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        server = await FeedServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        await database.DisposeAsync();
    }

    /// <summary>Starts an import from the server, and returns once the feed has stalled part-way through the body.</summary>
    private async Task<CliProcess> StalledImportAsync()
    {
        var stalled = new TaskCompletionSource();
        server.Answer(FeedServer.Json(Feed), FeedServer.Stall(Feed, Feed.Length / 3, stalled));
        var cli = CliProcess.Start(ShortLease, "import", "--from", server.FeedUrl.ToString(), "--db", database.FilePath);
        await stalled.Task.WaitAsync(TimeSpan.FromMinutes(2));
        return cli;
    }

    private Task<CliRunner.Result> ImportAsync() =>
        CliProcess.RunAsync(ShortLease, "import", "--from", server.FeedUrl.ToString(), "--db", database.FilePath);

    private async Task<List<ImportRun>> RunsAsync()
    {
        await using var db = database.NewContext();
        return await db.ImportRuns.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
    }

    private async Task<Core.Jobs.JobLease> LeaseAsync()
    {
        await using var db = database.NewContext();
        return await db.JobLeases.AsNoTracking().SingleAsync(l => l.Name == ImportService.LeaseName);
    }

    /// <summary>Polls the database until <paramref name="holds"/>, for at most a minute.</summary>
    private static async Task UntilAsync(Func<Task<bool>> holds, string what)
    {
        var cap = DateTime.UtcNow.AddMinutes(1);
        while (!await holds())
        {
            Assert.True(DateTime.UtcNow < cap, $"Still waiting, after a minute, for {what}");
            await Task.Delay(100);
        }
    }

    [Theory]
    [InlineData("Ctrl+C")]
    [InlineData("SIGTERM")]
    public async Task AStalledImport_StopsAtOnceMarkedCancelledAndTheNextImportSucceeds(string stop)
    {
        using var cli = await StalledImportAsync();

        if (stop == "Ctrl+C")
        {
            cli.Interrupt();
        }
        else
        {
            cli.Terminate();
        }
        var stopped = await cli.ExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(130, stopped.ExitCode);
        Assert.Contains("Cancelled", stopped.Out, StringComparison.Ordinal);
        var cancelled = Assert.Single(await RunsAsync());
        Assert.Equal((ImportOutcome.Cancelled, ImportService.CancelledReason), (cancelled.Outcome, cancelled.FailureReason));
        Assert.True((await LeaseAsync()).ExpiresUtc <= DateTime.UtcNow, "the lease is still held");

        var next = await ImportAsync();

        Assert.Equal(0, next.ExitCode);
        Assert.Equal(ImportOutcome.Succeeded, (await RunsAsync())[^1].Outcome);
    }

    [Fact]
    public async Task After_Kill9TheNextImportSucceedsOnceTheShortLeaseLapses()
    {
        using var cli = await StalledImportAsync();
        var taken = await LeaseAsync();
        Assert.Contains($":{cli.Id}:", taken.Holder, StringComparison.Ordinal);
        // The live import renews its lease as it waits on the feed (a heartbeat).
        await UntilAsync(async () => (await LeaseAsync()).ExpiresUtc > taken.ExpiresUtc, "the lease to be renewed");
        var refused = await ImportAsync();
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("Another import is already running, on ", refused.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", refused.Error, StringComparison.Ordinal);

        cli.KillHard();
        await UntilAsync(async () => (await LeaseAsync()).ExpiresUtc <= DateTime.UtcNow, "the dead import's lease to lapse");
        var next = await ImportAsync();

        Assert.Equal(0, next.ExitCode);
        var runs = await RunsAsync();
        Assert.Equal(ImportOutcome.Failed, runs[0].Outcome);
        Assert.StartsWith("Interrupted", runs[0].FailureReason);
        Assert.Equal(ImportOutcome.Succeeded, runs[^1].Outcome);
    }
}
