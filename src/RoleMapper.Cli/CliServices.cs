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
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        if (!string.IsNullOrWhiteSpace(dbPath))
        {
            // --db names a SQLite file, or a whole connection string when the provider is postgres.
            var databaseProvider = DatabaseSettings.ParseProvider(configuration[DatabaseSettings.ProviderKey]);
            configuration[$"ConnectionStrings:{DatabaseLocation.ConnectionStringName}"] = DatabaseSettings.ConnectionStringFor(databaseProvider, dbPath);
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging
            .AddConfiguration(configuration.GetSection("Logging"))
            .SetMinimumLevel(LogLevel.Warning)
            // Each retry is logged with a stack trace; the command's own summary already says why a download failed.
            .AddFilter("Polly", LogLevel.None)
            .AddFilter("System.Net.Http.HttpClient", LogLevel.None)
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddRoleMapperCore(configuration);
        services.AddRoleMapperSearch(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedWhenEmpty, ct);
        return provider;
    }
}
