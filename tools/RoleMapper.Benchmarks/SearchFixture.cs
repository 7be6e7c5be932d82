using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using RoleMapper.Core.Data;
using RoleMapper.Search.Titles;
using RoleMapper.TestSupport;

namespace RoleMapper.Benchmarks;

/// <summary>A temporary database holding the full 22 Aug 2026 snapshot, and an index over it.</summary>
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

    public static async Task<SearchFixture> CreateAsync()
    {
        var database = await TestDatabase.CreateAsync();
        await database.ImportAsync(RepoPaths.FullNewFeed);
        var parser = TitleParser.Load();
        var index = new StandardsIndex(database.Services.GetRequiredService<IDbContextFactory<RoleMapperDbContext>>(),
            NullLogger<StandardsIndex>.Instance, parser);
        return new SearchFixture(database, index, parser);
    }

    public async ValueTask DisposeAsync()
    {
        Index.Dispose();
        await Database.DisposeAsync();
    }
}
