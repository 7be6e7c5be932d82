using System.Text.Json.Nodes;

namespace RoleMapper.Core.Tests.StandardsFeed;

/// <summary>
/// "The last successful import was today" says nothing of how old the data is: the status also gives the feed's own
/// date, from a snapshot file's name or from the newest change date in a live feed.
/// </summary>
public abstract class ImportStatusTests(DatabaseProvider provider)
{
    public sealed class OnSqlite() : ImportStatusTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : ImportStatusTests(DatabaseProvider.Postgres);

    private readonly WatchedClock clock = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task SnapshotFile_DataDatesFromTheSnapshot()
    {
        await using var database = await TestDatabase.CreateAsync(configure: s => s.AddSingleton<TimeProvider>(clock), provider: provider);
        await database.ImportAsync(RepoPaths.SmallNewFeed);

        var status = await StatusAsync(database);

        Assert.Equal("The last successful import was today.", status.Describe());
        Assert.Equal(new DateOnly(2026, 8, 22), status.DataDate);
        Assert.Equal("The data itself dates from 22 August 2026, 103 days ago.", status.DescribeData());
    }

    [Fact]
    public async Task LiveFeed_DataDatesFromItsNewestChange_NotFromTheDownload()
    {
        var feed = FeedFixtures.Load(RepoPaths.SmallNewFeed);
        foreach (var record in feed.OfType<JsonObject>())
        {
            record["changedDate"] = "2026-06-01T00:00:00";
        }
        FeedFixtures.Record(feed, "ST0116", "1.2")["changedDate"] = "2026-09-10T00:00:00";
        await using var server = await FeedServer.StartAsync();
        server.Answer(FeedServer.Json(FeedFixtures.Bytes(feed)));
        await using var database = await TestDatabase.CreateAsync(configure: s => s.AddSingleton<TimeProvider>(clock), provider: provider);
        await database.ImportAsync(server.FeedUrl.ToString());

        var status = await StatusAsync(database);

        Assert.Equal(new DateOnly(2026, 12, 3), status.FeedDate);
        Assert.Equal(new DateOnly(2026, 9, 10), status.DataDate);
        Assert.Equal("The data itself dates from 10 September 2026, 84 days ago.", status.DescribeData());
    }

    [Fact]
    public async Task NoImport_SaysNothingOfTheData()
    {
        await using var database = await TestDatabase.CreateAsync(configure: s => s.AddSingleton<TimeProvider>(clock), provider: provider);

        var status = await StatusAsync(database);

        Assert.Null(status.DataDate);
        Assert.Null(status.DescribeData());
    }

    private async Task<ImportStatus> StatusAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await ImportStatus.ReadAsync(db, clock, default);
    }
}
