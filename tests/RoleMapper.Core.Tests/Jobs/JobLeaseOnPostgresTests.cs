using RoleMapper.Core.Jobs;
using Xunit.Abstractions;

namespace RoleMapper.Core.Tests.Jobs;

/// <summary>
/// The import lease on a real PostgreSQL server, taken by two "nodes" (service providers with their own connections
/// and clocks) at once: the conditional UPDATE and the INSERT that the primary key decides must let exactly one win.
/// </summary>
public sealed class JobLeaseOnPostgresTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 23, 2, 30, 0, TimeSpan.Zero));
    private TestDatabase database = null!;
    private ServiceProvider otherNode = null!;

    public async Task InitializeAsync()
    {
        var cluster = await PostgresCluster.GetAsync();
        output.WriteLine($"Cluster started in {cluster.StartTime.TotalSeconds:0.00} s");
        var started = System.Diagnostics.Stopwatch.StartNew();
        database = await TestDatabase.CreateAsync(configure: s => s.AddSingleton<TimeProvider>(clock), provider: DatabaseProvider.Postgres);
        output.WriteLine($"Database created and migrated in {started.Elapsed.TotalSeconds:0.00} s");
        otherNode = database.AnotherNode(clock);
    }

    public async Task DisposeAsync()
    {
        await otherNode.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Two_NodesAskingAtOnceForAFreeLeaseGetItOnce()
    {
        var mine = database.Services.GetRequiredService<JobLeaseStore>();
        var theirs = otherNode.GetRequiredService<JobLeaseStore>();

        // Many rounds, each a new lease name, so the INSERT race really happens rather than once by luck.
        for (var round = 0; round < 20; round++)
        {
            var name = $"import-{round}";
            var results = await Task.WhenAll(
                Task.Run(() => mine.TryAcquireAsync(name, TimeSpan.FromMinutes(30), default)),
                Task.Run(() => theirs.TryAcquireAsync(name, TimeSpan.FromMinutes(30), default)));

            Assert.Single(results, r => r is not null);
        }
    }

    [Fact]
    public async Task Two_NodesAskingAtOnceForAnExpiredLeaseGetItOnce()
    {
        var mine = database.Services.GetRequiredService<JobLeaseStore>();
        var theirs = otherNode.GetRequiredService<JobLeaseStore>();
        var crashed = await mine.TryAcquireAsync("import", TimeSpan.FromMinutes(30), default);
        Assert.NotNull(crashed);
        Assert.Null(await theirs.TryAcquireAsync("import", TimeSpan.FromMinutes(30), default));

        clock.Advance(TimeSpan.FromMinutes(31));
        var results = await Task.WhenAll(
            Task.Run(() => mine.TryAcquireAsync("import", TimeSpan.FromMinutes(30), default)),
            Task.Run(() => theirs.TryAcquireAsync("import", TimeSpan.FromMinutes(30), default)));

        var winner = Assert.Single(results, r => r is not null);
        // The crashed holder's late release must not free the new holder's lease.
        await crashed.DisposeAsync();
        Assert.Null(await theirs.TryAcquireAsync("import", TimeSpan.FromMinutes(30), default));
        var held = await mine.FindAsync("import", default);
        Assert.Equal(clock.GetUtcNow().UtcDateTime.AddMinutes(30), held!.ExpiresUtc);
        Assert.Equal(DateTimeKind.Utc, held.ExpiresUtc.Kind);

        await winner!.DisposeAsync();
        Assert.NotNull(await theirs.TryAcquireAsync("import", TimeSpan.FromMinutes(30), default));
    }
}
