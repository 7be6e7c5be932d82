using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using RoleMapper.Core.Data;
using RoleMapper.Search;
using RoleMapper.Core.RoleMap;
using RoleMapper.Search.RoleMap;
using RoleMapper.Search.Titles;
using RoleMapper.TestSupport;

namespace RoleMapper.Benchmarks;

/// <summary>
/// A temporary database holding the full 22 Aug 2026 snapshot, and an index over it, with the sector role map the
/// app would have: the file named by the environment variable <c>Search__RoleMapFile</c> (as the app reads it, and
/// inherited by the command line and web processes the benchmarks start), else the built-in one.
/// </summary>
internal sealed class SearchFixture : IAsyncDisposable
{
    private SearchFixture(TestDatabase database, StandardsIndex index, TitleParser parser)
    {
        Database = database;
        Index = index;
        Parser = parser;
    }

    public TestDatabase Database { get; }
    public StandardsIndex Index { get; }
    public TitleParser Parser { get; }

    /// <param name="map">The sector role map to build with; by default the one the app would have.</param>
    public static async Task<SearchFixture> CreateAsync(IRoleMapSource? map = null)
    {
        var database = await TestDatabase.CreateAsync();
        await database.ImportAsync(RepoPaths.FullNewFeed);
        var parser = TitleParser.Load();
        var contexts = database.Services.GetRequiredService<IDbContextFactory<RoleMapperDbContext>>();
        var index = new StandardsIndex(contexts, NullLogger<StandardsIndex>.Instance, parser,
            map ?? new RoleMapCsvSource(Environment.GetEnvironmentVariable("Search__RoleMapFile")), new CouncilAgreement(contexts, parser));
        return new SearchFixture(database, index, parser);
    }

    public async ValueTask DisposeAsync()
    {
        Index.Dispose();
        await Database.DisposeAsync();
    }
}
