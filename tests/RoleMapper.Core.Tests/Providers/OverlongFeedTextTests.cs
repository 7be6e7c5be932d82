namespace RoleMapper.Core.Tests.Providers;

/// <summary>
/// Text longer than its column: SQLite stores it whole, PostgreSQL refuses the save, which would fail the whole
/// import. On both, a feed record with a title or route longer than the store keeps is rejected with a clear error,
/// and the rest of the feed is imported.
/// </summary>
public sealed class OverlongFeedTextTests
{
    public static TheoryData<DatabaseProvider, string, int> Cases => new()
    {
        { DatabaseProvider.Sqlite, "title", 400 },
        { DatabaseProvider.Postgres, "title", 400 },
        { DatabaseProvider.Sqlite, "route", 100 },
        { DatabaseProvider.Postgres, "route", 100 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ARecordWithTextLongerThanItsColumn_IsRejectedAndTheRestImported(DatabaseProvider provider, string field, int limit)
    {
        await using var database = await TestDatabase.CreateAsync(provider: provider);
        var feed = FeedFixtures.Load(RepoPaths.SmallNewFeed);
        FeedFixtures.Record(feed, "ST0116", "1.2")[field] = new string('x', limit + 1);
        var path = FeedFixtures.Write(feed, Path.GetDirectoryName(database.FilePath)!);

        var run = await database.ImportAsync(path);

        Assert.Equal(ImportOutcome.Succeeded, run.Outcome);
        Assert.Contains(run.Errors, e => e.Reference == "ST0116" && e.Message == $"{field} is longer than {limit} characters");
        await using var db = database.NewContext();
        Assert.False(await db.StandardVersions.AnyAsync(v => v.Reference == "ST0116"));
        Assert.Equal(run.Records - run.Rejected, await db.StandardVersions.CountAsync());
    }
}
