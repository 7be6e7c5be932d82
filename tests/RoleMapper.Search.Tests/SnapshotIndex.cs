using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using RoleMapper.Core.Data;
using RoleMapper.Search.Indexing;
using RoleMapper.Search.Titles;
using RoleMapper.TestSupport;

namespace RoleMapper.Search.Tests;

/// <summary>
/// The real 22 Aug 2026 snapshot imported into a temporary SQLite file, indexed, with a matcher over it. Built once and
/// shared by every test class in <see cref="SnapshotCollection"/> (the import takes a few seconds).
/// </summary>
public sealed class SnapshotIndex : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;
    public StandardsIndex Index { get; private set; } = null!;
    public StandardMatcher Matcher { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        await Database.ImportAsync(RepoPaths.FullNewFeed);
        var parser = TitleParser.Load();
        Index = new StandardsIndex(Database.Services.GetRequiredService<IDbContextFactory<RoleMapperDbContext>>(), NullLogger<StandardsIndex>.Instance, parser);
        await Index.RebuildAsync();
        Matcher = new StandardMatcher(Index, parser);
    }

    /// <summary>The one way relevance tests search: the matcher's answer for a title, with the options given.</summary>
    public MatchResult Match(string title, MatchOptions? options = null) => Matcher.Match(title, options);

    public async Task DisposeAsync()
    {
        Index.Dispose();
        await Database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SnapshotCollection : ICollectionFixture<SnapshotIndex>
{
    public const string Name = "snapshot index";
}
