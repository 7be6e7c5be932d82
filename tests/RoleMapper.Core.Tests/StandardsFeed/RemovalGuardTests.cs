using System.Text.Json;
using RoleMapper.Core.Standards;

namespace RoleMapper.Core.Tests.StandardsFeed;

/// <summary>
/// The guard against a feed that would take away what councils use: approved standards. On the real snapshot of
/// 22 Aug 2026 (1,950 versions, 713 standards approved), two feeds that the old "more than half the versions" rule let
/// through are refused, with the figures in the reason and the store untouched; an operator's override lets one through
/// and is written in the run.
/// </summary>
public sealed class RemovalGuardTests : IAsyncLifetime
{
    private TestDatabase db = null!;
    private string folder = null!;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync();
        folder = Path.Combine(Path.GetDirectoryName(db.FilePath)!, "feeds");
        var run = await db.ImportGoodFeedAsync(RepoPaths.FullNewFeed);
        Assert.Equal(713, run.Approved);
    }

    public async Task DisposeAsync() => await db.DisposeAsync();

    private static bool IsApproved(JsonElement record) => record.GetProperty("status").GetString() == "Approved for delivery";

    private async Task<int> ApprovedNowAsync()
    {
        await using var context = db.NewContext();
        return await context.StandardVersions.Where(v => v.Status == StandardStatus.ApprovedForDelivery && v.RemovedFromFeedUtc == null)
            .Select(v => v.Reference).Distinct().CountAsync();
    }

    [Fact]
    public async Task AFeedWithNoneOfTheApprovedStandards_IsRefusedAndApprovedStays713()
    {
        // The attack: drop the 713 approved versions, keep the other 1,237 records (36.6% of the versions).
        var feed = FeedFixtures.WriteFiltered(RepoPaths.FullNewFeed, folder, (record, _) => !IsApproved(record));

        var run = await db.ImportAsync(feed);

        Assert.Equal(ImportOutcome.Failed, run.Outcome);
        Assert.Equal(
            "The feed would leave 0 of the 713 standards now approved for delivery approved: 713 (100%) would stop being "
            + "approved, more than the 10% allowed, and fewer than 500 would be left. That looks like a broken feed, not a "
            + "real change, so nothing was changed. If the change is real, run 'rolemapper import --allow-large-removal' once.",
            run.FailureReason);
        Assert.Equal(713, await ApprovedNowAsync());
        Assert.Equal(713, run.Approved);
    }

    [Fact]
    public async Task AFeedWithExactlyHalfTheVersions_IsRefusedAndApprovedStays713()
    {
        // Every other record: 975 of 1,950 versions, which the versions rule ("more than half") allowed.
        var feed = FeedFixtures.WriteFiltered(RepoPaths.FullNewFeed, folder, (_, position) => position % 2 == 0);

        var run = await db.ImportAsync(feed);

        Assert.Equal(ImportOutcome.Failed, run.Outcome);
        Assert.StartsWith("The feed would leave ", run.FailureReason);
        Assert.Contains(" of the 713 standards now approved for delivery approved", run.FailureReason);
        Assert.Equal(713, await ApprovedNowAsync());
    }

    [Fact]
    public async Task TheVersionsRule_StillHoldsWhenNoApprovedStandardGoes()
    {
        // Keep every approved version but drop most of the rest: 1,237 versions would go, more than half of 1,950.
        var feed = FeedFixtures.WriteFiltered(RepoPaths.FullNewFeed, folder, (record, position) => IsApproved(record) || position % 10 == 0);

        var run = await db.ImportAsync(feed);

        Assert.Equal(ImportOutcome.Failed, run.Outcome);
        Assert.Matches(@"^The feed would remove \d+ of the 1950 standard versions now listed", run.FailureReason);
        Assert.Equal(713, await ApprovedNowAsync());
    }

    [Fact]
    public async Task AnOverride_LetsOneLargeRemovalThroughAndIsWrittenInTheRun()
    {
        var feed = FeedFixtures.WriteFiltered(RepoPaths.FullNewFeed, folder, (record, _) => !IsApproved(record));

        var run = await db.Importer.RunAsync(new FeedSource(feed), new RemovalOverride("jo (command line)"));

        Assert.Equal(ImportOutcome.Succeeded, run.Outcome);
        Assert.Equal(0, run.Approved);
        var note = Assert.Single(run.Warnings, w => w.Message.StartsWith("Removal guard overridden", StringComparison.Ordinal));
        Assert.StartsWith("Removal guard overridden by jo (command line) for this run; it would have refused the feed: The feed would leave 0 of the 713",
            note.Message);
        await using var context = db.NewContext();
        var stored = await context.ImportRuns.SingleAsync(r => r.Id == run.Id);
        Assert.Contains(stored.Warnings, w => w.Message == note.Message);

        // Once: the next import is guarded again.
        var again = await db.ImportAsync(RepoPaths.FullNewFeed);
        Assert.Equal(ImportOutcome.Succeeded, again.Outcome);
        var refused = await db.ImportAsync(feed);
        Assert.Equal(ImportOutcome.Failed, refused.Outcome);
    }
}
