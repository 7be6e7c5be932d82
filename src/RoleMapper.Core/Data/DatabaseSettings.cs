using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace RoleMapper.Core.Data;

/// <summary>
/// Which database a host uses: <c>Database:Provider</c> (<c>sqlite</c>, the default, or <c>postgres</c>) and
/// <c>ConnectionStrings:RoleMapper</c> (empty means the default SQLite file, <see cref="DatabaseLocation"/>).
/// Every host (web app, command line, tests, benchmarks) and both design-time factories configure the context here,
/// so a provider is set up the same way everywhere.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ProviderKey = "Database:Provider";

    /// <summary>
    /// Migrations are provider-specific, so each provider keeps them in its own assembly. The hosts reference both
    /// projects; Core cannot, since the migrations refer to its context.
    /// </summary>
    public static string MigrationsAssembly(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "RoleMapper.Migrations.Sqlite",
        DatabaseProvider.Postgres => "RoleMapper.Migrations.Postgres",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    /// <summary>Reads the settings; a misspelt provider or a PostgreSQL provider with no server named is an error.</summary>
    public static DatabaseSettings From(IConfiguration configuration)
    {
        var provider = ParseProvider(configuration[ProviderKey]);
        var connectionString = configuration.GetConnectionString(DatabaseLocation.ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new DatabaseSettings(provider, connectionString);
        }
        return provider == DatabaseProvider.Sqlite
            ? new DatabaseSettings(provider, DatabaseLocation.ForFile(DatabaseLocation.DefaultFile))
            : throw new InvalidOperationException(
                $"{ProviderKey} is postgres, so ConnectionStrings:{DatabaseLocation.ConnectionStringName} must name the server, " +
                "e.g. \"Host=db.example;Database=rolemapper;Username=rolemapper;Password=...\".");
    }

    public static DatabaseProvider ParseProvider(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgres" => DatabaseProvider.Postgres,
        _ => throw new InvalidOperationException($"{ProviderKey} must be \"sqlite\" or \"postgres\", not \"{value}\"."),
    };

    /// <summary>What <c>--db</c> means on the command line: a SQLite file, or a PostgreSQL connection string.</summary>
    public static string ConnectionStringFor(DatabaseProvider provider, string db) =>
        provider == DatabaseProvider.Sqlite ? DatabaseLocation.ForFile(db) : db;

    public void Apply(DbContextOptionsBuilder options)
    {
        // First() with neither an order nor a filter answers with whichever row the database returns first, which can
        // differ between SQLite and PostgreSQL and between runs: a bug, so every test that runs such a query fails.
        options.ConfigureWarnings(w => w.Throw(CoreEventId.FirstWithoutOrderByAndFilterWarning));
        var migrations = MigrationsAssembly(Provider);
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(ConnectionString, o => o.MigrationsAssembly(migrations));
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(ConnectionString, o => o.MigrationsAssembly(migrations));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {Provider}.");
        }
    }

    /// <summary>Options for a context made by hand (design-time factories, tests that compare the providers).</summary>
    public DbContextOptions<RoleMapperDbContext> ContextOptions()
    {
        var options = new DbContextOptionsBuilder<RoleMapperDbContext>();
        Apply(options);
        return options.Options;
    }
}
