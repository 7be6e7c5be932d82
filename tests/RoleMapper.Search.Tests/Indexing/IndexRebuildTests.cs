using Microsoft.Extensions.Logging.Abstractions;
using RoleMapper.Search.Indexing;

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
    public async Task Searches_KeepWorkingWhileTheIndexIsRebuilt()
    {
        await database.ImportAsync(RepoPaths.SmallNewFeed);
        await index.EnsureCurrentAsync();
        var matcher = new StandardMatcher(index);
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var swap = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        index.BeforeSwap = () =>
        {
            written.SetResult();
            return swap.Task;
        };

        var rebuild = index.RebuildAsync();
        // The rebuild has emptied its writer and written every standard again, and is held there.
        await written.Task;
        var during = Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() => Enumerable.Range(0, 25).Select(_ => matcher.Match("Care Worker").Best?.Reference).ToList()))
            .ToList();
        var answers = (await Task.WhenAll(during)).SelectMany(a => a).ToList();
        Assert.False(rebuild.IsCompleted);
        swap.SetResult();
        await rebuild;

        // Every answer during the rebuild is whole: searches keep the view they had until the new one is swapped in at once.
        Assert.Equal(100, answers.Count);
        Assert.All(answers, reference => Assert.Equal("ST0005", reference));
        Assert.Equal("ST0005", matcher.Match("Care Worker").Best?.Reference);
    }

    [Fact]
    public async Task Index_FollowsTheLatestSuccessfulImport()
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
