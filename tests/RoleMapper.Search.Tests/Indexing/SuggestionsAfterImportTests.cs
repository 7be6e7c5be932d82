using Microsoft.Extensions.Configuration;
using RoleMapper.Core.StandardsFeed;
using RoleMapper.Core.Workspace;
using RoleMapper.Search.Indexing;

namespace RoleMapper.Search.Tests.Indexing;

/// <summary>
/// Core and Search wired as the hosts wire them, on the small feeds: after an import the index is rebuilt before the
/// councils' suggestions are refreshed, so no suggestion comes from the data the import replaced.
/// </summary>
public sealed class SuggestionsAfterImportTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(configure: s => s.AddRoleMapperSearch(new ConfigurationBuilder().Build()));
        await database.ImportAsync(RepoPaths.SmallOldFeed);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public void TheIndexIsRebuilt_BeforeTheSuggestionsAreRefreshed()
    {
        var observers = ImportService.InOrder(database.Services.GetServices<IImportObserver>()).Select(o => o.GetType()).ToList();

        Assert.True(observers.IndexOf(typeof(RebuildIndexAfterImport)) < observers.IndexOf(typeof(SuggestAfterImport)), string.Join(", ", observers.Select(t => t.Name)));
    }

    [Fact]
    public async Task ANewerFeed_RefreshesEveryCouncil_AndNeverSuggestsAStandardItRetired()
    {
        var councils = new[] { await database.CouncilAsync(), await database.CouncilAsync() };
        foreach (var council in councils)
        {
            await using var workspace = database.WorkspaceFor(council);
            await workspace.Roles.AddAsync([new RoleDetails("Dental Technician")], "test", default);
        }
        await using (var check = database.NewContext())
        {
            // The older feed has ST0108 approved, and the matcher suggests it; the newer feed retires it.
            Assert.All(await SuggestionsAsync(check, councils), s => Assert.Equal("ST0108", s));
        }

        await database.ImportAsync(RepoPaths.SmallNewFeed);

        await using var after = database.NewContext();
        var suggestions = await SuggestionsAsync(after, councils);
        Assert.Equal(2, suggestions.Count);
        Assert.All(suggestions, s => Assert.NotEqual("ST0108", s));
    }

    private static Task<List<string?>> SuggestionsAsync(RoleMapperDbContext db, int[] councils) =>
        db.JobRoles.IgnoreQueryFilters([RoleMapperDbContext.OrganisationFilter])
            .Where(r => councils.Contains(r.OrganisationId)).Select(r => r.SuggestedReference).ToListAsync();
}
