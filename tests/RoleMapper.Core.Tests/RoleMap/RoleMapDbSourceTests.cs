using RoleMapper.Core.RoleMap;

namespace RoleMapper.Core.Tests.RoleMap;

/// <summary>The sector role map read from the database: seeded once, kept per process, and fresh after another node's edit.</summary>
public abstract class RoleMapDbSourceTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : RoleMapDbSourceTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : RoleMapDbSourceTests(DatabaseProvider.Postgres);

    private TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider: provider);
        await database.ImportGoodFeedAsync(RepoPaths.SmallNewFeed);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Load_EmptyTable_SeedsTheBuiltInMap_Once_AndReadsItInTheFilesOrder()
    {
        var builtIn = await new RoleMapCsvSource(null).LoadAsync();
        var source = database.Services.GetRequiredService<RoleMapDbSource>();

        var roles = await source.LoadAsync();
        await SmallRoleMap.SourceOn(database).EnsureSeededAsync();

        // In the CSV's order too, on every provider: the matcher breaks ties by the map's order.
        Assert.Equal(builtIn, roles, new RoleComparer());
        await using var check = database.NewContext();
        Assert.Equal(builtIn.Count, await check.RoleMapEntries.CountAsync());
        Assert.All(await check.RoleMapEntries.Select(e => e.UpdatedBy).Distinct().ToListAsync(), by => Assert.Equal(RoleMapDbSource.SeededBy, by));
    }

    [Fact]
    public async Task TwoNodesSeedingAtOnce_EndWithOneCopy()
    {
        // Each node's seed waits until both have found the table empty, so both really try to write the map.
        var bothAsked = new TaskCompletionSource();
        var asked = 0;
        async Task WhileSeeding()
        {
            if (Interlocked.Increment(ref asked) == 2)
            {
                bothAsked.SetResult();
            }
            await bothAsked.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        var first = SmallRoleMap.SourceOn(database, new SmallRoleMap(WhileSeeding));
        var second = SmallRoleMap.SourceOn(database, new SmallRoleMap(WhileSeeding));

        var loaded = await Task.WhenAll(Task.Run(() => first.LoadAsync()), Task.Run(() => second.LoadAsync()));

        Assert.Equal(2, asked);
        Assert.All(loaded, roles => Assert.Equal(SmallRoleMap.Roles.Select(r => r.Id).Order(), roles.Select(r => r.Id).Order()));
        await using var check = database.NewContext();
        Assert.Equal(SmallRoleMap.Roles.Count, await check.RoleMapEntries.CountAsync());
    }

    [Fact]
    public async Task Load_AfterAnEditOnAnotherNode_ReturnsTheEditedMap()
    {
        var node = SmallRoleMap.SourceOn(database);
        var before = await node.LoadAsync();
        var stampBefore = await node.StampAsync();

        using (var scope = database.Services.CreateScope())
        {
            var editing = scope.ServiceProvider.GetRequiredService<SectorRoleMapEditing>();
            var form = RoleMapForm.From(before.Single(r => r.Id == "councillor")) with { Title = "Elected Councillor" };
            Assert.Equal(RoleMapEditOutcome.Saved, (await editing.SaveAsync("councillor", form, "lga@local.gov.uk", default)).Outcome);
        }

        Assert.NotEqual(stampBefore, await node.StampAsync());
        Assert.Equal("Elected Councillor", (await node.LoadAsync()).Single(r => r.Id == "councillor").Title);
        Assert.Same(await node.LoadAsync(), await node.LoadAsync());
    }

    private sealed class RoleComparer : IEqualityComparer<MappedRole>
    {
        public bool Equals(MappedRole? x, MappedRole? y) => x!.Id == y!.Id && x.Title == y.Title && x.Aliases.SequenceEqual(y.Aliases)
            && x.Standards.SequenceEqual(y.Standards) && x.Reason == y.Reason && x.CheckedAgainst == y.CheckedAgainst;

        public int GetHashCode(MappedRole obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
