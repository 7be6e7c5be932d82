using RoleMapper.Core.Jobs;

namespace RoleMapper.Core.Tests.Jobs;

public abstract class JobLeaseStoreTests(DatabaseProvider provider)
{
    public sealed class OnSqlite() : JobLeaseStoreTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : JobLeaseStoreTests(DatabaseProvider.Postgres);

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 23, 2, 30, 0, TimeSpan.Zero));

    private Task<TestDatabase> DatabaseAsync() =>
        TestDatabase.CreateAsync(configure: s => s.AddSingleton<TimeProvider>(clock), provider: provider);

    [Fact]
    public async Task SecondHolder_CannotTakeAHeldLease_UntilItIsReleased()
    {
        await using var db = await DatabaseAsync();
        var leases = db.Services.GetRequiredService<JobLeaseStore>();

        var first = await leases.TryAcquireAsync("job", TimeSpan.FromMinutes(30), default);
        var second = await leases.TryAcquireAsync("job", TimeSpan.FromMinutes(30), default);
        Assert.NotNull(first);
        Assert.Null(second);

        await first.DisposeAsync();
        var third = await leases.TryAcquireAsync("job", TimeSpan.FromMinutes(30), default);
        Assert.NotNull(third);
    }

    [Fact]
    public async Task ExpiredLease_OfACrashedHolder_CanBeTakenOver()
    {
        await using var db = await DatabaseAsync();
        var leases = db.Services.GetRequiredService<JobLeaseStore>();
        var crashed = await leases.TryAcquireAsync("job", TimeSpan.FromMinutes(30), default);
        Assert.NotNull(crashed);

        clock.Advance(TimeSpan.FromMinutes(31));
        var next = await leases.TryAcquireAsync("job", TimeSpan.FromMinutes(30), default);

        Assert.NotNull(next);
        // The crashed holder's late release must not free the new holder's lease.
        await crashed.DisposeAsync();
        Assert.Null(await leases.TryAcquireAsync("job", TimeSpan.FromMinutes(30), default));
    }

    [Fact]
    public async Task Leases_AreSharedBetweenProcesses_ThroughTheDatabase()
    {
        await using var db = await DatabaseAsync();
        // A second service provider on the same database stands in for another process or web node.
        await using var other = db.AnotherNode(clock);

        await using var mine = await db.Services.GetRequiredService<JobLeaseStore>().TryAcquireAsync("job", TimeSpan.FromMinutes(5), default);
        var theirs = await other.GetRequiredService<JobLeaseStore>().TryAcquireAsync("job", TimeSpan.FromMinutes(5), default);

        Assert.NotNull(mine);
        Assert.Null(theirs);
    }
}
