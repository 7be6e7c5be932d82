using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using RoleMapper.Core;
using RoleMapper.Core.Data;
using RoleMapper.Core.StandardsFeed;

namespace RoleMapper.TestSupport;

/// <summary>
/// A real database with the Core services wired as the app wires them, migrated and empty: a SQLite file in a temporary
/// folder, or a database of its own on the process's <see cref="PostgresCluster"/>. Retry delays and timeouts are short
/// so failure tests finish quickly. Deleted on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string folder;

    public DatabaseProvider Provider { get; }
    /// <summary>The SQLite file; on PostgreSQL a path in the test's own folder that is never created.</summary>
    public string FilePath { get; }
    public string ConnectionString { get; }
    public ServiceProvider Services { get; }

    private TestDatabase(string folder, DatabaseProvider provider, string? connectionString,
        IDictionary<string, string?> settings, Action<IServiceCollection>? configure)
    {
        this.folder = folder;
        Provider = provider;
        FilePath = Path.Combine(folder, "rolemapper.db");
        ConnectionString = connectionString ?? DatabaseLocation.ForFile(FilePath);
        var values = new Dictionary<string, string?>
        {
            [DatabaseSettings.ProviderKey] = provider.ToString(),
            ["ConnectionStrings:RoleMapper"] = ConnectionString,
            ["Import:RetryBaseDelay"] = "00:00:00.050",
            ["Import:AttemptTimeout"] = "00:00:02",
            // A hang detector, not a speed limit: on a loaded machine reading the full 75 MB snapshot took over 30 s.
            ["Import:DownloadTimeout"] = "00:05:00",
            ["Import:CircuitBreakerMinimumThroughput"] = "100",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddRoleMapperCore(configuration);
        configure?.Invoke(services);
        // Core's workspace suggests with whatever matcher the host gives it; a test that configured none gets one that finds nothing.
        services.TryAddSingleton(Matchers.Fake().Object);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static async Task<TestDatabase> CreateAsync(
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null,
        DatabaseProvider? provider = null)
    {
        var chosen = provider ?? TestProvider.Default;
        var folder = Path.Combine(Path.GetTempPath(), "rolemapper-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var connectionString = chosen == DatabaseProvider.Postgres ? await CreatePostgresDatabaseAsync("test") : null;
        var database = new TestDatabase(folder, chosen, connectionString, settings ?? new Dictionary<string, string?>(), configure);
        await database.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedWhenEmpty: false);
        return database;
    }

    /// <summary>
    /// A new database on the process's cluster, already migrated: a copy of a template migrated once per process.
    /// Copying takes a fraction of the time migrating takes, so PostgreSQL tests can keep one database per test.
    /// </summary>
    public static async Task<string> CreatePostgresDatabaseAsync(string purpose) =>
        await (await PostgresCluster.GetAsync()).CreateDatabaseAsync(purpose, template: await MigratedPostgresTemplate.Value);

    private static readonly Lazy<Task<string>> MigratedPostgresTemplate = new(MigratePostgresTemplateAsync);

    private static async Task<string> MigratePostgresTemplateAsync()
    {
        var connectionString = await (await PostgresCluster.GetAsync()).CreateDatabaseAsync("migrated_template");
        // No pooling: a connection left open to the template would make every copy of it fail.
        var unpooled = new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        var folder = Path.Combine(Path.GetTempPath(), "rolemapper-tests", Guid.NewGuid().ToString("N"));
        var template = new TestDatabase(folder, DatabaseProvider.Postgres, unpooled.ToString(), new Dictionary<string, string?>(), null);
        await using (template.Services)
        {
            await template.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedWhenEmpty: false);
        }
        return unpooled.Database!;
    }

    public ImportService Importer => Services.GetRequiredService<ImportService>();

    public Task<ImportRun> ImportAsync(string location) => Importer.RunAsync(new FeedSource(location));

    /// <summary>Imports a feed a test starts from; a run that did not succeed stops the test with the run's reason.</summary>
    public async Task<ImportRun> ImportGoodFeedAsync(string location)
    {
        var run = await ImportAsync(location);
        return run.Outcome == ImportOutcome.Succeeded
            ? run
            : throw new InvalidOperationException($"Importing {Path.GetFileName(location)} ended {run.Outcome}: {run.FailureReason}");
    }

    /// <summary>The council's workspace use cases, in a scope of their own; dispose it.</summary>
    public CouncilWorkspace WorkspaceFor(int councilId) => new(Services, councilId);

    /// <summary>Core wired once more on the same database with a clock of its own, as another process or web node is.</summary>
    public ServiceProvider AnotherNode(TimeProvider clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DatabaseSettings.ProviderKey] = Provider.ToString(),
            ["ConnectionStrings:RoleMapper"] = ConnectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddRoleMapperCore(configuration);
        services.AddSingleton(clock);
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// Everything the database keeps, as text, to show what it never holds: the SQLite file and its write-ahead log,
    /// or a plain dump of the PostgreSQL database (pg_dump).
    /// </summary>
    public async Task<string> StoredTextAsync()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            return await (await PostgresCluster.GetAsync()).DumpAsync(ConnectionString);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var text = System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(FilePath));
        var wal = FilePath + "-wal";
        return File.Exists(wal) ? text + System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(wal)) : text;
    }

    /// <summary>A fresh context for reading what the code under test wrote.</summary>
    public RoleMapperDbContext NewContext() =>
        Services.GetRequiredService<IDbContextFactory<RoleMapperDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (Provider == DatabaseProvider.Postgres)
        {
            await (await PostgresCluster.GetAsync()).DropDatabaseAsync(ConnectionString);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platform; the temp folder is cleaned by the OS.
        }
    }
}
