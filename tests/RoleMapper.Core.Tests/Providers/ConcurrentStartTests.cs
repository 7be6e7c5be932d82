using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using RoleMapper.Core.RoleMap;

namespace RoleMapper.Core.Tests.Providers;

/// <summary>
/// Several nodes starting at the same moment on a new database, as after a first deployment or an upgrade
/// (docs/deploy.md): each migrates and, finding no standards, seeds the snapshot. EF Core's migration lock must let the
/// migrations run once, and the import lease must keep the seeding from running side by side.
/// </summary>
public sealed class ConcurrentStartTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("rolemapper-concurrent-start-").FullName;
    private readonly List<ServiceProvider> nodes = [];
    private string? postgresDatabase;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var node in nodes)
        {
            await node.DisposeAsync();
        }
        if (postgresDatabase is not null)
        {
            await (await PostgresCluster.GetAsync()).DropDatabaseAsync(postgresDatabase);
        }
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Start_ThreeNodesAtOnceOnANewDatabase_MigrateAndSeedItOnce(DatabaseProvider provider)
    {
        var connectionString = provider == DatabaseProvider.Postgres
            ? postgresDatabase = await (await PostgresCluster.GetAsync()).CreateDatabaseAsync("concurrent_start")
            : DatabaseLocation.ForFile(Path.Combine(folder, "new.db"));
        for (var i = 0; i < 3; i++)
        {
            nodes.Add(Node(provider, connectionString));
        }

        // Each on a thread of its own, as three processes would be.
        await Task.WhenAll(nodes.Select(node =>
            Task.Run(() => node.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedWhenEmpty: true))));

        await using var db = await nodes[0].GetRequiredService<IDbContextFactory<RoleMapperDbContext>>().CreateDbContextAsync();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(62, await db.StandardVersions.CountAsync());
        // Whichever order the nodes ran in, every import that ran succeeded: one seeded, any later one found nothing new.
        var runs = await db.ImportRuns.OrderBy(r => r.Id).ToListAsync();
        Assert.NotEmpty(runs);
        Assert.All(runs, r => Assert.Equal(ImportOutcome.Succeeded, r.Outcome));
        Assert.All(runs.Skip(1), r => Assert.Equal(0, r.Added));
        // The built-in map seeded once; the later nodes' merge of this release found nothing to add or log.
        Assert.Equal((await new RoleMapCsvSource(null).LoadAsync()).Count, await db.RoleMapEntries.CountAsync());
        Assert.Empty(await db.RoleMapChanges.ToListAsync());
        Assert.DoesNotContain(null, await db.RoleMapEntries.Select(e => e.ReleaseHash).ToListAsync());
    }

    /// <summary>One node's services, wired as the app wires itself, on a database no one has migrated.</summary>
    private static ServiceProvider Node(DatabaseProvider provider, string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DatabaseSettings.ProviderKey] = provider.ToString(),
            ["ConnectionStrings:RoleMapper"] = connectionString,
            ["Import:SeedFile"] = RepoPaths.SmallNewFeed,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddRoleMapperCore(configuration);
        services.AddSingleton(Matchers.Fake().Object);
        return services.BuildServiceProvider();
    }
}
