using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoleMapper.Core.StandardsFeed;

namespace RoleMapper.Core.Data;

/// <summary>
/// Brings the database to the current schema with migrations and, when it holds no standards yet, fills it from the
/// bundled feed snapshot so a new install works with no network. Safe to call from several processes at once:
/// EF Core takes a migration lock, and seeding runs under the import lease.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<RoleMapperDbContext> contexts,
    ImportService importer,
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
        await db.Database.MigrateAsync(ct);
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

    public static string SeedPath(string seedFile) =>
        Path.IsPathRooted(seedFile) ? seedFile : Path.Combine(AppContext.BaseDirectory, seedFile);
}
