using Moq;

namespace RoleMapper.Core.Tests.Workspace;

/// <summary>
/// What tests of the workspace's use cases share: a database of <paramref name="provider"/> with Core wired as the hosts
/// wire it (the feed <paramref name="feed"/> imported, if given), a council, and a fake matcher (Moq) whose answers
/// each test states. Each test class runs once per provider (its nested OnSqlite and OnPostgres).
/// </summary>
public abstract class WorkspaceTest(DatabaseProvider provider, string? feed = null) : IAsyncLifetime
{
    protected Mock<IStandardMatcher> Matcher { get; } = Matchers.Fake();
    protected TestDatabase Database { get; private set; } = null!;
    protected int Council { get; private set; }

    /// <summary>More services for the test's database, such as a fake clock.</summary>
    protected virtual void Configure(IServiceCollection services)
    {
    }

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(configure: services =>
        {
            services.AddSingleton(Matcher.Object);
            Configure(services);
        }, provider: provider);
        if (feed is not null)
        {
            await Database.ImportAsync(feed);
        }
        Council = await Database.CouncilAsync();
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}
