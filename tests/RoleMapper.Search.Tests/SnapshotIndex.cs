using Microsoft.Extensions.Logging.Abstractions;
using RoleMapper.Search.Indexing;
using RoleMapper.Core.RoleMap;
using RoleMapper.Search.RoleMap;
using RoleMapper.Search.Titles;

namespace RoleMapper.Search.Tests;

/// <summary>
/// The real 22 Aug 2026 snapshot imported into a temporary SQLite file, indexed with the built-in sector role map
/// (data/role-map/sector-role-map.csv), as the app has it, with a matcher over it; and a second index over the same
/// database with a small sector role map instead (Fixtures/role-map-small.csv), for tests that need to know every role.
/// Built once and shared by every test class in <see cref="SnapshotCollection"/> (the import takes a few seconds).
/// </summary>
public sealed class SnapshotIndex : IAsyncLifetime
{
    public static readonly string SmallMapPath = RepoPaths.File("tests", "RoleMapper.Search.Tests", "Fixtures", "role-map-small.csv");

    public TestDatabase Database { get; private set; } = null!;
    public StandardsIndex Index { get; private set; } = null!;
    public StandardMatcher Matcher { get; private set; } = null!;
    /// <summary>The same standards with the small sector role map handed to the build.</summary>
    public StandardsIndex MappedIndex { get; private set; } = null!;
    public StandardMatcher MappedMatcher { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        await Database.ImportGoodFeedAsync(RepoPaths.FullNewFeed);
        var parser = TitleParser.Load();
        var contexts = Database.Services.GetRequiredService<IDbContextFactory<RoleMapperDbContext>>();
        Index = new StandardsIndex(contexts, NullLogger<StandardsIndex>.Instance, parser, new RoleMapCsvSource(null), new CouncilAgreement(contexts, parser));
        await Index.RebuildAsync();
        Matcher = new StandardMatcher(Index, parser);
        MappedIndex = new StandardsIndex(contexts, NullLogger<StandardsIndex>.Instance, parser, new RoleMapCsvSource(SmallMapPath), new CouncilAgreement(contexts, parser));
        await MappedIndex.RebuildAsync();
        MappedMatcher = new StandardMatcher(MappedIndex, parser);
    }

    /// <summary>The one way relevance tests search: the matcher's answer for a title, with the options given.</summary>
    public MatchResult Match(string title, MatchOptions? options = null) => Matcher.Match(title, options);

    public async Task DisposeAsync()
    {
        Index.Dispose();
        MappedIndex.Dispose();
        await Database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SnapshotCollection : ICollectionFixture<SnapshotIndex>
{
    public const string Name = "snapshot index";
}
