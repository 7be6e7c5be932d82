using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RoleMapper.Core;
using RoleMapper.Core.Data;
using RoleMapper.Search;

namespace RoleMapper.Cli;

/// <summary>
/// Wires the same services the web app uses, for one command. Configuration comes from appsettings.json beside the tool
/// and from environment variables (ConnectionStrings__RoleMapper), and <c>--db PATH</c> overrides the database.
/// Logs go to stderr so <c>--json</c> output on stdout stays clean.
/// </summary>
internal static class CliServices
{
    /// <param name="settings">Configuration a command sets from its options (e.g. <c>Search:RoleMapFile</c>).</param>
    public static async Task<ServiceProvider> StartAsync(string? dbPath, bool seedWhenEmpty, CancellationToken ct,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var overrides = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        if (!string.IsNullOrWhiteSpace(dbPath))
        {
            overrides[$"ConnectionStrings:{DatabaseLocation.ConnectionStringName}"] = DatabaseLocation.ForFile(dbPath);
        }
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();

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
