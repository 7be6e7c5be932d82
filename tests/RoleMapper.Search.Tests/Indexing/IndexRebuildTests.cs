using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using RoleMapper.Core.Data;
using RoleMapper.Search.Indexing;
using RoleMapper.TestSupport;

namespace RoleMapper.Search.Tests.Indexing;

/// <summary>The index on the small fixture feed: rebuilt while searches run, and kept in step with imports.</summary>
public sealed class IndexRebuildTests : IAsyncLifetime, IDisposable
{
    private TestDatabase database = null!;
    private StandardsIndex index = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        index = new StandardsIndex(database.Services.GetRequiredService<IDbContextFactory<RoleMapperDbContext>>(), NullLogger<StandardsIndex>.Instance);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    public void Dispose() => index.Dispose();

    [Fact]
    public async Task Searches_keep_working_while_the_index_is_rebuilt()
    {
        await database.ImportAsync(RepoPaths.SmallNewFeed);
        await index.EnsureCurrentAsync();
        var matcher = new StandardMatcher(index);
        using var stop = new CancellationTokenSource();
        var answers = 0;
        var searchers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                // Every answer is whole: the rebuild swaps in a new view at once, never a half-built one.
                Assert.Equal("ST0005", matcher.Match("Care Worker").Best?.Reference);
                Interlocked.Increment(ref answers);
            }
        })).ToList();
        for (var i = 0; i < 5; i++)
        {
            await index.RebuildAsync();
        }
        await stop.CancelAsync();
        await Task.WhenAll(searchers);
        Assert.True(answers > 0);
    }

    [Fact]
    public async Task The_index_follows_the_latest_successful_import()
    {
        var matcher = new StandardMatcher(index);
        await index.EnsureCurrentAsync();
        Assert.Empty(matcher.Match("Adult Care Worker").Candidates);

        var run = await database.ImportAsync(RepoPaths.SmallNewFeed);
        await index.EnsureCurrentAsync();
        Assert.Equal(run.Id, index.BuiltFromImportRunId);
        Assert.Equal("ST0005", matcher.Match("Adult Care Worker").Best?.Reference);
        Assert.Equal(index.DocumentCount, index.Search(s => s.IndexReader.NumDocs));
    }
}
