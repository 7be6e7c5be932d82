using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using RoleMapper.Core;

namespace RoleMapper.Web.Tests.Support;

/// <summary>
/// The one web host every page and browser test shares: the real app on Kestrel on a loopback port, on a real SQLite
/// file, started the way production starts (migrate, seed from a snapshot). It seeds the 29 May 2025 snapshot and then
/// imports the 22 Aug 2026 one, so the change log holds real new versions, retirements and withdrawals.
/// <see cref="PostgresWebHostFixture"/> is the same host on PostgreSQL, for the pages' PostgreSQL copies.
/// </summary>
public class HostFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string SectorEmail = "sector.lead@lga.example";
    public const string Password = "correct horse battery staple";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "rolemapper-web-tests", Guid.NewGuid().ToString("N"));
    private readonly string seedFeed;
    private readonly string? feedAfterStart;
    private readonly DatabaseProvider? provider;
    private string? postgresDatabase;

    public HostFixture() : this(RepoPaths.FullOldFeed, RepoPaths.FullNewFeed, DatabaseProvider.Sqlite)
    {
    }

    /// <summary>
    /// A host seeded from <paramref name="seedFeed"/>, then given <paramref name="feedAfterStart"/> (if any) as the
    /// nightly import would, on <paramref name="provider"/> or else the run's default (<see cref="TestProvider"/>).
    /// </summary>
    protected HostFixture(string seedFeed, string? feedAfterStart, DatabaseProvider? provider = null)
    {
        (this.seedFeed, this.feedAfterStart, this.provider) = (seedFeed, feedAfterStart, provider);
        Directory.CreateDirectory(folder);
        UseKestrel(0);
    }

    public Uri BaseAddress { get; private set; } = null!;
    /// <summary>The import run after start; null on a host that has none.</summary>
    public ImportRun NewFeedRun { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting(DatabaseSettings.ProviderKey, Provider.ToString());
        builder.UseSetting("ConnectionStrings:RoleMapper", postgresDatabase ?? DatabaseLocation.ForFile(Path.Combine(folder, "rolemapper.db")));
        builder.UseSetting("Import:ScheduleEnabled", "false");
        builder.UseSetting("Import:SeedFile", seedFeed);
        builder.UseSetting("Sector:AdminEmails:0", SectorEmail);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (!ProductionRequestLimits)
        {
            // Hundreds of tests sign in and search from one loopback address; the limits are tested on hosts of their own.
            foreach (var bucket in new[] { "SignInPerAddress", "SignInPerIp", "AnonymousSearchPerIp", "AnonymousMapDownloadPerIp", "ForgotPasswordPerAddress", "ForgotPasswordPerIp" })
            {
                builder.UseSetting($"RateLimits:{bucket}:Burst", "1000000");
                builder.UseSetting($"RateLimits:{bucket}:PerMinute", "1000000");
            }
        }
    }

    /// <summary>The database the host runs on: a SQLite file in its folder, or a database on the test cluster.</summary>
    protected virtual DatabaseProvider Provider => provider ?? TestProvider.Default;

    /// <summary>True for a host that keeps the sign-in and search limits the app has by default.</summary>
    protected virtual bool ProductionRequestLimits => false;

    public async Task InitializeAsync()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            postgresDatabase = await TestDatabase.CreatePostgresDatabaseAsync(GetType().Name);
        }
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        if (feedAfterStart is not null)
        {
            NewFeedRun = await ImportAsync(feedAfterStart);
        }
    }

    /// <summary>Imports a feed into the running app through its own import service, as the nightly job does.</summary>
    public async Task<ImportRun> ImportAsync(string feed)
    {
        var run = await Services.GetRequiredService<ImportService>().RunAsync(new FeedSource(feed));
        return run.Outcome == ImportOutcome.Succeeded ? run
            : throw new InvalidOperationException($"The import of {feed} failed: {run.FailureReason}");
    }

    /// <summary>A browser-like client: its own cookie jar, no automatic redirects (tests follow them on purpose).</summary>
    public HttpClient NewClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = BaseAddress,
        };

    /// <summary>The app's clock now: test data dated relative to it means the same to the app whenever the test runs.</summary>
    public DateTime UtcNow => Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

    /// <summary>Today in the UK by the app's clock, as the pages read a date a council types.</summary>
    public DateOnly Today => UkTime.Today(Services.GetRequiredService<TimeProvider>());

    /// <summary>A context outside any request: no current organisation, as the importer and the CLI see the database.</summary>
    public RoleMapperDbContext NewContext() =>
        Services.GetRequiredService<IDbContextFactory<RoleMapperDbContext>>().CreateDbContext();

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (postgresDatabase is not null)
        {
            await (await PostgresCluster.GetAsync()).DropDatabaseAsync(postgresDatabase);
        }
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans the temp folder.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<HostFixture>
{
    public const string Name = "web";
}

/// <summary>The shared host on a database of its own on the test cluster: the same feeds, the same settings.</summary>
public sealed class PostgresWebHostFixture() : HostFixture(RepoPaths.FullOldFeed, RepoPaths.FullNewFeed, DatabaseProvider.Postgres);

/// <summary>The pages' PostgreSQL copies: one collection, so they share one host and run beside the SQLite ones.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresWebCollection : ICollectionFixture<PostgresWebHostFixture>
{
    public const string Name = "web on postgres";
}
