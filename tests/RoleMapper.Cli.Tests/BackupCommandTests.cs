using Microsoft.Data.Sqlite;
using RoleMapper.Core.StandardsFeed;

namespace RoleMapper.Cli.Tests;

/// <summary>
/// <c>rolemapper backup --to FILE</c> as a real process, on a SQLite file that another connection is writing to, as the
/// web app would be while an operator takes the backup (docs/deploy.md).
/// </summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("rolemapper-backup-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Backup_WhileAWriterIsOpen_CopiesEverythingCommittedAndNothingElse()
    {
        await using var database = await TestDatabase.CreateAsync(provider: DatabaseProvider.Sqlite);
        await database.ImportAsync(RepoPaths.SmallNewFeed);
        // A writer in the middle of a transaction, holding SQLite's write lock for the whole backup.
        await using var writer = new SqliteConnection(database.ConnectionString);
        await writer.OpenAsync();
        await using var transaction = (SqliteTransaction)await writer.BeginTransactionAsync();
        await using (var change = writer.CreateCommand())
        {
            change.CommandText = "UPDATE StandardVersions SET Title = 'Uncommitted'";
            Assert.Equal(62, await change.ExecuteNonQueryAsync());
        }
        var copy = Path.Combine(folder, "rolemapper-backup.db");

        var result = await CliRunner.RunAsync("backup", "--to", copy, "--db", database.FilePath);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.StartsWith($"Backed up file {database.FilePath} to {copy} (", result.Out, StringComparison.Ordinal);
        // One file, under the name asked for: the partial copy was renamed, not left beside it.
        Assert.Equal(["rolemapper-backup.db"], Directory.GetFiles(folder).Select(Path.GetFileName));
        await transaction.CommitAsync();
        // The copy opens as a database of its own and holds the imported standards: the writer's uncommitted change is
        // not in it, and what the import committed is, though part of it may still have been in the write-ahead log.
        await using var restored = new RoleMapperDbContext(new DatabaseSettings(DatabaseProvider.Sqlite, DatabaseLocation.ForFile(copy)).ContextOptions());
        Assert.Equal(62, await restored.StandardVersions.CountAsync());
        Assert.Equal(0, await restored.StandardVersions.CountAsync(v => v.Title == "Uncommitted"));
        Assert.Equal(ImportOutcome.Succeeded, (await restored.ImportRuns.SingleAsync()).Outcome);
        Assert.Empty(await restored.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Backup_ToAFileThatExists_RefusesAndLeavesItAlone()
    {
        await using var database = await TestDatabase.CreateAsync(provider: DatabaseProvider.Sqlite);
        var earlier = Path.Combine(folder, "monday.db");
        await File.WriteAllTextAsync(earlier, "Monday's backup");

        var result = await CliRunner.RunAsync("backup", "--to", earlier, "--db", database.FilePath);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"Cannot read or write a file: {earlier} already exists; choose a new file name for the backup.", result.Error.Trim());
        Assert.Equal("Monday's backup", await File.ReadAllTextAsync(earlier));
    }

    [Fact]
    public async Task Backup_OfADatabaseThatDoesNotExist_SaysSoAndCreatesNothing()
    {
        var missing = Path.Combine(folder, "typo.db");

        var result = await CliRunner.RunAsync("backup", "--to", Path.Combine(folder, "copy.db"), "--db", missing);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"Cannot back up the database file {missing}: SQLite Error 14: 'unable to open database file'", result.Error.Trim(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task Backup_OnPostgres_PointsToPgDump()
    {
        var result = await CliRunner.RunWithEnvironmentAsync(new Dictionary<string, string> { ["Database__Provider"] = "postgres" },
            "backup", "--to", Path.Combine(folder, "copy.db"), "--db", "Host=127.0.0.1;Port=1;Database=rolemapper");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("Cannot back up the database Host=127.0.0.1;Port=1;Database=rolemapper: The database is PostgreSQL: back it up with pg_dump (docs/deploy.md), which copies a running server consistently.", result.Error.Trim());
    }
}
