namespace RoleMapper.Web.Tests.Support;

/// <summary>
/// The real app with a database of its own, for a test whose figures count every council in the database (the
/// sector's averages and its groups of fewer than five): on the shared host, other tests' councils would count too.
/// Seeded from the small 22 Aug 2026 feed, on <paramref name="provider"/> or else the run's default. A test class makes
/// one per test (<see cref="OwnHostTest"/>).
/// </summary>
public sealed class OwnHost(DatabaseProvider? provider = null) : HostFixture(RepoPaths.SmallNewFeed, feedAfterStart: null, provider);

/// <summary>
/// A test class whose every test gets a host and database of its own (xunit makes the class once per test), on
/// <paramref name="provider"/> or else the run's default.
/// </summary>
public abstract class OwnHostTest(DatabaseProvider? provider = null) : IAsyncLifetime
{
    protected OwnHost Host { get; } = new(provider);

    public virtual Task InitializeAsync() => Host.InitializeAsync();

    public virtual async Task DisposeAsync() => await Host.DisposeAsync();
}
