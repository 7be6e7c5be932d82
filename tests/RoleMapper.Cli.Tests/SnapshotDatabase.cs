namespace RoleMapper.Cli.Tests;

/// <summary>
/// The real 22 Aug 2026 snapshot imported into a temporary SQLite file, made once for the commands whose answers depend
/// on the whole feed (match, eval); each command builds its own index from it, as it does for a user.
/// </summary>
public sealed class SnapshotDatabase : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public string FilePath => Database.FilePath;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        await Database.ImportGoodFeedAsync(RepoPaths.FullNewFeed);
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SnapshotCollection : ICollectionFixture<SnapshotDatabase>
{
    public const string Name = "snapshot database";
}
