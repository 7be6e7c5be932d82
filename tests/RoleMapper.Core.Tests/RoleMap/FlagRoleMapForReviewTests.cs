using RoleMapper.Core.RoleMap;

namespace RoleMapper.Core.Tests.RoleMap;

/// <summary>
/// The small map seeded on the 29 May 2025 feed, then the 22 Aug 2026 feed imported: ST0116 moved from 1.1 to 1.2,
/// ST0002 from 1.2 to 2.0, ST0108 was retired, ST0070 did not change.
/// </summary>
public abstract class FlagRoleMapForReviewTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : FlagRoleMapForReviewTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : FlagRoleMapForReviewTests(DatabaseProvider.Postgres);

    private TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider: provider);
        await database.ImportGoodFeedAsync(RepoPaths.SmallOldFeed);
        await SmallRoleMap.SourceOn(database).EnsureSeededAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task NewerFeed_FlagsTheRolesWhoseStandardsMovedOn_WithTheReasons()
    {
        await database.ImportGoodFeedAsync(RepoPaths.SmallNewFeed);

        await using var check = database.NewContext();
        var flagged = await check.RoleMapEntries.Where(e => e.NeedsReview).ToDictionaryAsync(e => e.Id, e => e.ReviewReason);
        Assert.Equal(new Dictionary<string, string?>
        {
            ["software-developer"] = "ST0116 moved from version 1.1 to 1.2 on 22/08/2026",
            ["dental-technician"] = "ST0108 is no longer approved (retired)",
            ["finance-officer"] = "ST0002 moved from version 1.2 to 2.0 on 22/08/2026",
        }, flagged);
        Assert.DoesNotContain(await check.RoleMapEntries.Where(e => e.NeedsReview).Select(e => e.ReviewFlaggedUtc).ToListAsync(), at => at is null);
    }

    [Fact]
    public async Task SameFeedAgain_FlagsNothing()
    {
        await database.ImportGoodFeedAsync(RepoPaths.SmallOldFeed);

        await using var check = database.NewContext();
        Assert.False(await check.RoleMapEntries.AnyAsync(e => e.NeedsReview));
    }

    [Fact]
    public async Task FlaggingTheMap_WritesNoChangeLogLine_SoTheIndexIsNotRebuiltForIt()
    {
        var stamp = await SmallRoleMap.SourceOn(database).StampAsync();

        await database.ImportGoodFeedAsync(RepoPaths.SmallNewFeed);

        await using var check = database.NewContext();
        Assert.True(await check.RoleMapEntries.AnyAsync(e => e.NeedsReview));
        Assert.Equal(stamp, await SmallRoleMap.SourceOn(database).StampAsync());
    }

    [Fact]
    public async Task FirstImport_OfAMapSeededOnAnEmptyDatabase_FlagsNothing()
    {
        await using var empty = await TestDatabase.CreateAsync(provider: provider);
        await SmallRoleMap.SourceOn(empty).EnsureSeededAsync();

        await empty.ImportGoodFeedAsync(RepoPaths.SmallNewFeed);

        await using var check = empty.NewContext();
        Assert.Equal(SmallRoleMap.Roles.Count, await check.RoleMapEntries.CountAsync());
        Assert.False(await check.RoleMapEntries.AnyAsync(e => e.NeedsReview));
    }
}
