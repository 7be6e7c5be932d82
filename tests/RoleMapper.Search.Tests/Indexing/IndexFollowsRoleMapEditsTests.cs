using Microsoft.Extensions.Logging.Abstractions;
using RoleMapper.Core.RoleMap;
using RoleMapper.Search.Indexing;
using RoleMapper.Search.RoleMap;
using RoleMapper.Search.Titles;

namespace RoleMapper.Search.Tests.Indexing;

/// <summary>
/// The index over the sector role map in the database: an edit made through another process's use case (no observer
/// here) moves the map's stamp, so this node's next check rebuilds with the edited map, as every web node's minute
/// check does.
/// </summary>
public sealed class IndexFollowsRoleMapEditsTests : IAsyncLifetime, IDisposable
{
    private static readonly MappedRole Wrangler = new("widget-wrangler", "Digital", "Quantum Widget Wrangler", "Technical", [], ["ST0116"],
        "Writes the widgets' software.", "2026-08-22");

    private TestDatabase database = null!;
    private StandardsIndex index = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        await database.ImportGoodFeedAsync(RepoPaths.SmallNewFeed);
        var contexts = database.Services.GetRequiredService<IDbContextFactory<RoleMapperDbContext>>();
        var source = new RoleMapDbSource(contexts, new OneRole(Wrangler), TimeProvider.System);
        var parser = TitleParser.Load();
        index = new StandardsIndex(contexts, NullLogger<StandardsIndex>.Instance, parser, source, new NoCouncilAgreement());
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    public void Dispose() => index.Dispose();

    [Fact]
    public async Task EnsureCurrent_AfterAnEditElsewhere_RebuildsWithTheEditedMap()
    {
        await index.EnsureCurrentAsync();
        var matcher = new StandardMatcher(index);
        Assert.Equal("ST0116", matcher.Match("Quantum Widget Wrangler").Best?.Reference);
        var stamp = index.BuiltFromMapStamp;

        using (var scope = database.Services.CreateScope())
        {
            var form = RoleMapForm.From(Wrangler) with { Standards = "ST0070" };
            var saved = await scope.ServiceProvider.GetRequiredService<SectorRoleMapEditing>().SaveAsync(Wrangler.Id, form, "sam@local.gov.uk", default);
            Assert.Equal(RoleMapEditOutcome.Saved, saved.Outcome);
        }
        await index.EnsureCurrentAsync();

        Assert.NotEqual(stamp, index.BuiltFromMapStamp);
        Assert.Equal("ST0070", matcher.Match("Quantum Widget Wrangler").Best?.Reference);
    }

    private sealed class OneRole(MappedRole role) : IRoleMapSource
    {
        public Task<IReadOnlyList<MappedRole>> LoadAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<MappedRole>>([role]);

        public Task<string> StampAsync(CancellationToken ct = default) => Task.FromResult("one");
    }

    private sealed class NoCouncilAgreement : ICouncilAgreementSource
    {
        public Task<IReadOnlyList<AgreedTitle>> LoadAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<AgreedTitle>>([]);
    }
}
