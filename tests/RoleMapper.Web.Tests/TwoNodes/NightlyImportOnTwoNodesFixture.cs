namespace RoleMapper.Web.Tests.TwoNodes;

/// <summary>
/// Two nodes on a database holding the small 29 May 2025 feed, whose nightly timers both fire as they start
/// (Import__RunAtStart) against a feed server offering the small 22 Aug 2026 feed. The server holds the one download it
/// gets until the other node has logged that it skipped, so both timers have certainly fired while the first import
/// ran, however the two processes are scheduled. Ready once the import has finished.
/// </summary>
public sealed class NightlyImportOnTwoNodesFixture : IAsyncLifetime
{
    private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TwoNodeDeployment Deployment { get; private set; } = null!;
    public FeedServer Feed { get; private set; } = null!;
    /// <summary>The node that got the lease and imported, and the one whose timer found the lease taken.</summary>
    public WebNode Importer { get; private set; } = null!;
    public WebNode Skipper { get; private set; } = null!;
    /// <summary>The run the seed left, which both indexes were built from at start.</summary>
    public ImportRun SeedRun { get; private set; } = null!;
    /// <summary>The skipper's /healthz before the import was let through.</summary>
    public int SkipperIndexBeforeImport { get; private set; }
    /// <summary>From the importer logging its success to the skipper logging its index rebuilt from that import.</summary>
    public TimeSpan SkipperCaughtUpAfter { get; private set; }

    public async Task InitializeAsync()
    {
        Feed = await FeedServer.StartAsync();
        var newFeed = FeedServer.Json(FeedFixtures.Bytes(FeedFixtures.Load(RepoPaths.SmallNewFeed)));
        Feed.Answer(FeedServer.Status(500), FeedServer.Held(newFeed, release.Task));
        Deployment = await TwoNodeDeployment.StartAsync(RepoPaths.SmallOldFeed, TwoNodeDeployment.Settings(new Dictionary<string, string>
        {
            ["Import__FeedUrl"] = Feed.FeedUrl.ToString(),
            ["Import__RunAtStart"] = "true",
        }));
        await using (var db = Deployment.Database.NewContext())
        {
            SeedRun = await db.ImportRuns.SingleAsync(r => r.Source != Feed.FeedUrl.ToString());
        }

        using var other = new CancellationTokenSource();
        var skipped = await Task.WhenAny(Deployment.Nodes.Select(async n =>
        {
            await n.WaitForLineAsync(TwoNodeDeployment.SkippedLine, TwoNodeDeployment.Cap, other.Token);
            return n;
        }));
        await other.CancelAsync();
        Skipper = await skipped;
        Importer = Deployment.Nodes.Single(n => n != Skipper);
        SkipperIndexBeforeImport = TwoNodeDeployment.BuiltFrom(await Skipper.HealthAsync());
        await Feed.ReceivedAsync(1).WaitAsync(TwoNodeDeployment.Cap);
        release.SetResult();
        await Importer.WaitForLineAsync("succeeded in", TwoNodeDeployment.Cap);
        var caughtUp = System.Diagnostics.Stopwatch.StartNew();
        await using var context = Deployment.Database.NewContext();
        var run = await context.ImportRuns.SingleAsync(r => r.Source == Feed.FeedUrl.ToString());
        await Skipper.WaitForLineAsync($"Search index built from import {run.Id}:", TwoNodeDeployment.Cap);
        SkipperCaughtUpAfter = caughtUp.Elapsed;
    }

    public async Task DisposeAsync()
    {
        release.TrySetResult();
        if (Deployment is not null)
        {
            await Deployment.DisposeAsync();
        }
        if (Feed is not null)
        {
            await Feed.DisposeAsync();
        }
    }
}
