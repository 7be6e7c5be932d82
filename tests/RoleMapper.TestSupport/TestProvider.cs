using RoleMapper.Core.Data;

namespace RoleMapper.TestSupport;

/// <summary>
/// The provider of the databases tests make when they do not name one: SQLite, or PostgreSQL when the environment says
/// <c>ROLEMAPPER_TEST_PROVIDER=postgres</c>, to run the suite's own databases and web hosts on the test cluster.
/// </summary>
public static class TestProvider
{
    public static DatabaseProvider Default { get; } =
        DatabaseSettings.ParseProvider(Environment.GetEnvironmentVariable("ROLEMAPPER_TEST_PROVIDER"));
}
