using Microsoft.Extensions.Configuration;

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
    public void Nothing_ConfiguredMeansTheDefaultSqliteFile()
    {
        var settings = From(null, null);

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Contains(DatabaseLocation.DefaultFile, settings.ConnectionString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData(" Postgres ")]
    public void Postgres_UsesTheConfiguredConnectionString(string provider)
    {
        Assert.Equal(new DatabaseSettings(DatabaseProvider.Postgres, "Host=db;Database=rm"), From(provider, "Host=db;Database=rm"));
    }

    [Fact]
    public void PostgresWithoutAConnectionString_IsAClearError()
    {
        var error = Assert.Throws<InvalidOperationException>(() => From("postgres", ""));

        Assert.StartsWith("Database:Provider is postgres, so ConnectionStrings:RoleMapper must name the server", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownProvider_IsAClearError()
    {
        var error = Assert.Throws<InvalidOperationException>(() => From("postgresql", null));

        Assert.Equal("Database:Provider must be \"sqlite\" or \"postgres\", not \"postgresql\".", error.Message);
    }

    [Fact]
    public void DbOption_IsAFileForSqliteAndAConnectionStringForPostgres()
    {
        Assert.Contains(Path.GetFullPath("x.db"), DatabaseSettings.ConnectionStringFor(DatabaseProvider.Sqlite, "x.db"), StringComparison.Ordinal);
        Assert.Equal("Host=db", DatabaseSettings.ConnectionStringFor(DatabaseProvider.Postgres, "Host=db"));
    }

    [Fact]
    public async Task FirstWithNoOrderAndNoFilter_IsRefusedNotAnsweredByChance()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.StandardVersions.Select(v => v.Reference).FirstOrDefaultAsync());

        Assert.Contains("FirstWithoutOrderByAndFilterWarning", error.Message, StringComparison.Ordinal);
        _ = await db.StandardVersions.OrderBy(v => v.Reference).Select(v => v.Reference).FirstOrDefaultAsync();
    }
}
