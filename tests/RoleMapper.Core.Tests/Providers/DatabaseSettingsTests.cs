using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using RoleMapper.Core.Data;

namespace RoleMapper.Core.Tests.Providers;

public sealed class DatabaseSettingsTests
{
    private static DatabaseSettings From(string? provider, string? connectionString) =>
        DatabaseSettings.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DatabaseSettings.ProviderKey] = provider,
            ["ConnectionStrings:RoleMapper"] = connectionString,
        }).Build());

    [Fact]
    public void Nothing_configured_means_the_default_sqlite_file()
    {
        var settings = From(null, null);

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Contains(DatabaseLocation.DefaultFile, settings.ConnectionString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData(" Postgres ")]
    public void Postgres_uses_the_configured_connection_string(string provider)
    {
        Assert.Equal(new DatabaseSettings(DatabaseProvider.Postgres, "Host=db;Database=rm"), From(provider, "Host=db;Database=rm"));
    }

    [Fact]
    public void Postgres_without_a_connection_string_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => From("postgres", ""));

        Assert.StartsWith("Database:Provider is postgres, so ConnectionStrings:RoleMapper must name the server", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_provider_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => From("postgresql", null));

        Assert.Equal("Database:Provider must be \"sqlite\" or \"postgres\", not \"postgresql\".", error.Message);
    }

    [Fact]
    public void Db_option_is_a_file_for_sqlite_and_a_connection_string_for_postgres()
    {
        Assert.Contains(Path.GetFullPath("x.db"), DatabaseSettings.ConnectionStringFor(DatabaseProvider.Sqlite, "x.db"), StringComparison.Ordinal);
        Assert.Equal("Host=db", DatabaseSettings.ConnectionStringFor(DatabaseProvider.Postgres, "Host=db"));
    }

    [Fact]
    public async Task First_with_no_order_and_no_filter_is_refused_not_answered_by_chance()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.StandardVersions.Select(v => v.Reference).FirstOrDefaultAsync());

        Assert.Contains("FirstWithoutOrderByAndFilterWarning", error.Message, StringComparison.Ordinal);
        _ = await db.StandardVersions.OrderBy(v => v.Reference).Select(v => v.Reference).FirstOrDefaultAsync();
    }
}
