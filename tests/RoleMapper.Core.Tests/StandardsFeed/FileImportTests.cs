using RoleMapper.Core.Standards;

namespace RoleMapper.Core.Tests.StandardsFeed;

/// <summary>Imports of the small real fixtures: what lands in the store, what the change log says, what is never lost.</summary>
public abstract class FileImportTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : FileImportTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : FileImportTests(DatabaseProvider.Postgres);

    private TestDatabase db = null!;

    public async Task InitializeAsync() => db = await TestDatabase.CreateAsync(provider: provider);
    public async Task DisposeAsync() => await db.DisposeAsync();

    [Fact]
    public async Task Import_IntoEmptyStore_AddsEveryVersionAndLogsNewStandards()
    {
        var run = await db.ImportAsync(RepoPaths.SmallOldFeed);

        Assert.Equal(ImportOutcome.Succeeded, run.Outcome);
        Assert.Equal(50, run.Records);
        Assert.Equal(50, run.Added);
        Assert.Equal(18, run.Approved);
        Assert.Equal(new DateOnly(2025, 5, 29), run.FeedDate);
        await using var context = db.NewContext();
        Assert.Equal(50, await context.StandardVersions.CountAsync());
        var changes = await context.StandardChanges.Where(c => c.ImportRunId == run.Id).ToListAsync();
        Assert.Equal(50, changes.Count);
        // One "new standard" per reference, "new version" for its other versions.
        Assert.Equal(23, changes.Count(c => c.Kind == ChangeKind.NewStandard));
        Assert.Equal(27, changes.Count(c => c.Kind == ChangeKind.NewVersion));
    }

    [Fact]
    public async Task Import_OldThenNew_ReportsTheRealDifferences()
    {
        await db.ImportAsync(RepoPaths.SmallOldFeed);

        var run = await db.ImportAsync(RepoPaths.SmallNewFeed);

        Assert.Equal(ImportOutcome.Succeeded, run.Outcome);
        Assert.Equal(62, run.Records);
        Assert.Equal(16, run.Added);
        Assert.Equal(4, run.Vanished);
        Assert.Equal(13, run.StatusChanges);
        Assert.Equal(19, run.Approved);
        Assert.Equal(8, run.ApprovedVersionChanges);
        Assert.Equal(3, run.NewlyApproved);
        Assert.Equal(2, run.NoLongerApproved);
        Assert.Equal(run.Records, run.Added + run.StatusChanges + run.ContentChanges + run.Unchanged);
    }

    [Fact]
    public async Task Import_OldThenNew_LogsStatusChangeVanishingAndNewVersion()
    {
        await db.ImportAsync(RepoPaths.SmallOldFeed);
        var run = await db.ImportAsync(RepoPaths.SmallNewFeed);

        await using var context = db.NewContext();
        var changes = await context.StandardChanges.Where(c => c.ImportRunId == run.Id).ToListAsync();
        // ST0891 0.0 went from in development to withdrawn.
        var withdrawn = Assert.Single(changes, c => c.Reference == "ST0891" && c.Kind == ChangeKind.StatusChanged);
        Assert.Equal(StandardStatus.InDevelopment, withdrawn.OldStatus);
        Assert.Equal(StandardStatus.Withdrawn, withdrawn.NewStatus);
        // ST1298's 0.0 placeholder vanished when the standard was published as a real version.
        Assert.Contains(changes, c => c.Reference == "ST1298" && c.Version == "0.0" && c.Kind == ChangeKind.Vanished);
        Assert.Contains(changes, c => c.Reference == "ST1298" && c.Kind == ChangeKind.NewVersion && c.NewStatus == StandardStatus.ApprovedForDelivery);
        // ST0002 moved to 2.0: the old approved version retired and the new one arrived.
        Assert.Contains(changes, c => c is { Reference: "ST0002", Version: "1.2", Kind: ChangeKind.StatusChanged, NewStatus: StandardStatus.Retired });
        Assert.Contains(changes, c => c is { Reference: "ST0002", Version: "2.0", Kind: ChangeKind.NewVersion });
    }

    [Fact]
    public async Task Import_VanishedAndRetiredVersions_AreKeptNotDeleted()
    {
        await db.ImportAsync(RepoPaths.SmallOldFeed);
        await db.ImportAsync(RepoPaths.SmallNewFeed);

        await using var context = db.NewContext();
        var placeholder = await context.StandardVersions.SingleAsync(v => v.Key == "ST0870_0.0");
        Assert.NotNull(placeholder.RemovedFromFeedUtc);
        Assert.Equal(StandardStatus.Withdrawn, placeholder.Status);
        var retired = await context.StandardVersions.SingleAsync(v => v.Key == "ST0002_1.2");
        Assert.Equal(StandardStatus.Retired, retired.Status);
        Assert.Null(retired.RemovedFromFeedUtc);
        // 50 old versions + 16 new ones: nothing was ever deleted.
        Assert.Equal(66, await context.StandardVersions.CountAsync());
    }

    [Fact]
    public async Task Import_SameFeedTwice_ChangesNothingAndLogsNoChange()
    {
        await db.ImportAsync(RepoPaths.SmallNewFeed);
        await using var before = db.NewContext();
        var snapshot = await before.StandardVersions.AsNoTracking()
            .Select(v => new { v.Key, v.ContentHash, v.Status, v.FirstSeenUtc, v.RemovedFromFeedUtc })
            .OrderBy(v => v.Key).ToListAsync();

        var again = await db.ImportAsync(RepoPaths.SmallNewFeed);

        Assert.Equal(ImportOutcome.Succeeded, again.Outcome);
        Assert.Equal(62, again.Unchanged);
        Assert.Equal(0, again.Added + again.StatusChanges + again.ContentChanges + again.Vanished);
        await using var after = db.NewContext();
        Assert.Equal(0, await after.StandardChanges.CountAsync(c => c.ImportRunId == again.Id));
        var now = await after.StandardVersions.AsNoTracking()
            .Select(v => new { v.Key, v.ContentHash, v.Status, v.FirstSeenUtc, v.RemovedFromFeedUtc })
            .OrderBy(v => v.Key).ToListAsync();
        Assert.Equal(snapshot, now);
    }

    [Fact]
    public async Task Import_VanishedVersionThatReturns_IsLoggedAsReappeared()
    {
        await db.ImportAsync(RepoPaths.SmallOldFeed);
        await db.ImportAsync(RepoPaths.SmallNewFeed);

        var back = await db.ImportAsync(RepoPaths.SmallOldFeed);

        await using var context = db.NewContext();
        var placeholder = await context.StandardVersions.SingleAsync(v => v.Key == "ST0870_0.0");
        Assert.Null(placeholder.RemovedFromFeedUtc);
        Assert.Contains(await context.StandardChanges.Where(c => c.ImportRunId == back.Id).ToListAsync(),
            c => c.Reference == "ST0870" && c.Kind == ChangeKind.Reappeared);
    }

    [Fact]
    public async Task Import_StoresCleanedFieldsAndNoPersonalData()
    {
        await db.ImportAsync(RepoPaths.SmallNewFeed);

        await using var context = db.NewContext();
        var developer = await context.StandardVersions.SingleAsync(v => v.Key == "ST0116_1.2");
        Assert.Equal("Software developer", developer.Title);
        Assert.Equal(4, developer.Level);
        Assert.Equal(18000, developer.MaxFunding);
        Assert.Equal(24, developer.TypicalDurationMonths);
        Assert.Equal(new DateOnly(2014, 11, 12), developer.ApprovedForDeliveryOn);
        Assert.Equal(new DateOnly(2025, 12, 10), developer.EarliestStartDate);
        Assert.Null(developer.LatestStartDate);
        Assert.StartsWith("This occupation is found across every sector", developer.OccupationalSummary);
        Assert.DoesNotContain("&lt;", developer.OccupationalSummary);
        Assert.DoesNotContain("<p>", developer.OccupationalSummary);
        Assert.Equal(["Web developer", "Application developer", "Mobile application developer", "Software developer"], developer.JobTitles);
        Assert.NotEmpty(developer.Knowledge);
        Assert.NotEmpty(developer.Duties);
        Assert.Null(developer.IntegrationType);

        // Personal contact data from the feed appears nowhere in the database (a title shows the text is readable there).
        var feed = FeedFixtures.Load(RepoPaths.SmallNewFeed);
        var contacts = feed.Select(r => (string?)r!["tbMainContact"])
            .Concat(feed.Select(r => (string?)r!["eQAProvider"]?["contactEmail"]))
            .Where(c => !string.IsNullOrWhiteSpace(c) && c.Contains('@'))
            .Distinct().ToList();
        Assert.NotEmpty(contacts);
        var stored = await db.StoredTextAsync();
        Assert.Contains("Software developer", stored, StringComparison.Ordinal);
        Assert.All(contacts, contact => Assert.DoesNotContain(contact!, stored, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Import_ChangedDutiesAndJobTitles_UpdatesTheStoredVersionAndLogsTheFields()
    {
        await db.ImportAsync(RepoPaths.SmallNewFeed);
        var feed = FeedFixtures.Load(RepoPaths.SmallNewFeed);
        var record = FeedFixtures.Record(feed, "ST0116", "1.2");
        record["duties"]![0]!["dutyDetail"] = "Write code that councils can maintain";
        record["typicalJobTitles"] = new System.Text.Json.Nodes.JsonArray("Web developer", "Council software developer");
        var path = FeedFixtures.Write(feed, Path.Combine(Path.GetDirectoryName(db.FilePath)!, "changed"));

        var run = await db.ImportAsync(path);

        Assert.Equal(1, run.ContentChanges);
        await using var context = db.NewContext();
        var stored = await context.StandardVersions.SingleAsync(v => v.Key == "ST0116_1.2");
        Assert.Equal("Write code that councils can maintain", stored.Duties[0].Detail);
        Assert.Equal(["Web developer", "Council software developer"], stored.JobTitles);
        var change = await context.StandardChanges.SingleAsync(c => c.ImportRunId == run.Id);
        Assert.Equal(ChangeKind.ContentChanged, change.Kind);
        Assert.Equal("job titles, duties", change.Detail);
    }
}
