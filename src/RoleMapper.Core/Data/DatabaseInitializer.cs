using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoleMapper.Core.RoleMap;
using RoleMapper.Core.StandardsFeed;

namespace RoleMapper.Core.Data;

/// <summary>
/// Brings the database to the current schema with migrations and, when it holds no standards yet, fills it from the
/// bundled feed snapshot so a new install works with no network. An empty sector role map is filled from the CSV built
/// in, and one seeded by an earlier release takes this release's changes (<see cref="MergeReleasedRoleMap"/>). Safe to
/// call from several processes at once (ConcurrentStartTests): migrations run under a lock (below), seeding the
/// standards under the import lease, and merging the map under a lease of its own.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<RoleMapperDbContext> contexts,
    ImportService importer,
    RoleMapDbSource roleMap,
    MergeReleasedRoleMap roleMapRelease,
    IOptions<ImportOptions> options,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool seedWhenEmpty, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (db.Database.IsSqlite())
        {
            DatabaseLocation.EnsureFolderExists(db.Database.GetConnectionString()!);
        }
        await OneNodeAtATimeAsync(db, async () =>
        {
            await db.Database.MigrateAsync(ct);
            if (seedWhenEmpty && options.Value.SeedWhenEmpty)
            {
                // The sector role map before any import, so the first import after this one can flag its roles. Under
                // the same lock, so nodes starting together do not all try to insert it (the losers' unique-key
                // errors would be logged as failures, though nothing is lost).
                await roleMap.EnsureSeededAsync(ct);
                // A database seeded by an earlier release gets this release's roles and names, keeping the sector's edits.
                if (await roleMapRelease.RunAsync(ct) is { ChangedAnything: true } merged)
                {
                    logger.LogInformation(
                        "The sector role map took this release's built-in map: {Added} roles added, {Updated} brought up to date, {Flagged} flagged for review; left out: {LeftOut}",
                        merged.Added, merged.Updated, merged.Flagged, merged.LeftOut.Count == 0 ? "nothing" : string.Join("; ", merged.LeftOut));
                }
            }
        }, ct);
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets pages read while the nightly import writes. It is a property of the file, set once.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        if (!seedWhenEmpty || !options.Value.SeedWhenEmpty || await db.StandardVersions.AnyAsync(ct))
        {
            return;
        }
        var seed = SeedPath(options.Value.SeedFile);
        logger.LogInformation("The database has no standards yet; importing the bundled snapshot {Seed}", seed);
        var run = await importer.RunIfIdleAsync(new FeedSource(seed), ct);
        if (run?.FailureReason is { } reason)
        {
            logger.LogError("Importing the bundled snapshot failed: {Reason}", reason);
        }
    }

    // PostgreSQL names advisory locks by a number: any constant the app alone uses ("RoleMap" in ASCII).
    private const string LockMigrations = "SELECT pg_advisory_lock(23203459436994928)";
    private const string UnlockMigrations = "SELECT pg_advisory_unlock(23203459436994928)";

    /// <summary>
    /// EF Core's own migration lock is enough on SQLite, but on PostgreSQL it is taken inside each migration's
    /// transaction, and a node starting beside another still tried to create a table the other had just created
    /// ("relation already exists", so the node failed to start). A session advisory lock held for the whole migration
    /// makes the nodes take turns: the later one finds nothing left to apply (and the map already seeded). PostgreSQL
    /// frees it if a node dies.
    /// </summary>
    private static async Task OneNodeAtATimeAsync(RoleMapperDbContext db, Func<Task> migrateAndSeed, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            await migrateAndSeed();
            return;
        }
        await db.Database.OpenConnectionAsync(ct);
        var timeout = db.Database.GetCommandTimeout();
        try
        {
            // Waiting for another node's migration can take longer than an ordinary command may.
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            await db.Database.ExecuteSqlRawAsync(LockMigrations, ct);
            db.Database.SetCommandTimeout(timeout);
            try
            {
                await migrateAndSeed();
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync(UnlockMigrations, CancellationToken.None);
            }
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
            await db.Database.CloseConnectionAsync();
        }
    }

    public static string SeedPath(string seedFile) =>
        Path.IsPathRooted(seedFile) ? seedFile : Path.Combine(AppContext.BaseDirectory, seedFile);
}
