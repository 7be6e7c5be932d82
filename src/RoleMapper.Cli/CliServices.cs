using RoleMapper.Core.RoleMap;
using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RoleMapper.Core;
using RoleMapper.Core.Data;
using RoleMapper.Search;

namespace RoleMapper.Cli;

/// <summary>
/// Wires the same services the web app uses, for one command. Configuration comes from appsettings.json beside the tool
/// and from environment variables (Database__Provider, ConnectionStrings__RoleMapper), and <c>--db</c> overrides the
/// database: a SQLite file, or a PostgreSQL connection string when the provider is postgres.
/// Logs go to stderr so <c>--json</c> output on stdout stays clean.
/// </summary>
internal static class CliServices
{
    /// <param name="settings">Configuration a command sets from its options (e.g. <c>Search:RoleMapFile</c>).</param>
    public static async Task<ServiceProvider> StartAsync(string? dbPath, bool seedWhenEmpty, CancellationToken ct,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = Configuration(settings);
        var database = DatabaseFor(configuration, dbPath);

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging
            .AddConfiguration(configuration.GetSection("Logging"))
            .SetMinimumLevel(LogLevel.Warning)
            // Each retry is logged with a stack trace; the command's own summary already says why a download failed.
            .AddFilter("Polly", LogLevel.None)
            .AddFilter("System.Net.Http.HttpClient", LogLevel.None)
            // A failed connection or command is logged with its SQL and trace; CliErrors says it in one line instead.
            .AddFilter("Microsoft.EntityFrameworkCore.Database", LogLevel.None)
            // The import command prints the run's outcome and reason itself.
            .AddFilter(typeof(RoleMapper.Core.StandardsFeed.ImportService).FullName, LogLevel.Critical)
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddRoleMapperCore(configuration);
        services.AddRoleMapperSearch(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        try
        {
            await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedWhenEmpty, ct);
        }
        catch (Exception e) when (CannotOpen(e) is { } cause)
        {
            await provider.DisposeAsync();
            throw new UserError($"Cannot open the database {database.Describe()}: {CliErrors.OneLine(cause.Message)}", e);
        }
        return provider;
    }

    /// <summary>
    /// What the user should be told when the database cannot be opened: a bad setting, an unreadable file, or the
    /// driver's error. On PostgreSQL EF Core wraps a refused connection in "a transient failure" (an
    /// InvalidOperationException); the driver's own message inside it names the server.
    /// </summary>
    private static Exception? CannotOpen(Exception e) => e switch
    {
        DbException or ArgumentException or IOException or UnauthorizedAccessException => e,
        InvalidOperationException { InnerException: DbException inner } => inner,
        _ => null,
    };

    /// <summary>The database a command would use, without migrating or opening it (a backup must not change its source).</summary>
    public static CliDatabase Database(string? dbPath) => DatabaseFor(Configuration(null), dbPath);

    private static IConfigurationRoot Configuration(IReadOnlyDictionary<string, string?>? settings) =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();

    /// <summary>
    /// Reads the database settings, with <c>--db</c> (a SQLite file, or a whole connection string when the provider is
    /// postgres) in place of the configured connection string; a misspelt provider or a malformed string is the user's to fix.
    /// </summary>
    private static CliDatabase DatabaseFor(IConfigurationRoot configuration, string? dbPath)
    {
        try
        {
            if (!string.IsNullOrWhiteSpace(dbPath))
            {
                var databaseProvider = DatabaseSettings.ParseProvider(configuration[DatabaseSettings.ProviderKey]);
                configuration[$"ConnectionStrings:{DatabaseLocation.ConnectionStringName}"] = DatabaseSettings.ConnectionStringFor(databaseProvider, dbPath);
            }
            return new CliDatabase(DatabaseSettings.From(configuration));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            throw new UserError(CliErrors.OneLine(e.Message), e);
        }
    }
}
