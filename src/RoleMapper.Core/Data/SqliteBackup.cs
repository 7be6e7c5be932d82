using Microsoft.Data.Sqlite;

namespace RoleMapper.Core.Data;

/// <summary>
/// A copy of a SQLite database taken while the app runs, with SQLite's online backup API: it reads through SQLite
/// itself, so the copy is one consistent moment including what is still in the write-ahead log, whereas copying the
/// .db file alone can miss recent writes or catch a half-written page. Writers carry on meanwhile (WAL). PostgreSQL is
/// backed up with its own tools (pg_dump; docs/deploy.md).
/// </summary>
public static class SqliteBackup
{
    /// <summary>Copies the database to <paramref name="destination"/>, a file that must not exist yet; returns its size in bytes.</summary>
    public static async Task<long> CopyAsync(DatabaseSettings database, string destination, CancellationToken ct = default)
    {
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException(
                "The database is PostgreSQL: back it up with pg_dump (docs/deploy.md), which copies a running server consistently.");
        }
        var target = Path.GetFullPath(destination);
        if (File.Exists(target) || Directory.Exists(target))
        {
            // Never overwrite: the file in the way may be the only good backup.
            throw new IOException($"{target} already exists; choose a new file name for the backup.");
        }
        if (!Directory.Exists(Path.GetDirectoryName(target)))
        {
            throw new DirectoryNotFoundException($"The folder {Path.GetDirectoryName(target)} does not exist.");
        }
        // Read-only, so a mistyped path is an error rather than a new empty database, and the live file is never written.
        var source = new SqliteConnectionStringBuilder(database.ConnectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        // Written under a temporary name and renamed at the end, so a backup cut short never looks like a good one.
        var partial = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.partial");
        try
        {
            await using (var from = new SqliteConnection(source.ToString()))
            await using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
            {
                await from.OpenAsync(ct);
                await to.OpenAsync(ct);
                from.BackupDatabase(to);
                // The copy is checked as a database before it takes the name asked for.
                await using var check = to.CreateCommand();
                check.CommandText = "PRAGMA quick_check";
                if (await check.ExecuteScalarAsync(ct) as string != "ok")
                {
                    throw new InvalidOperationException("The backup copy failed SQLite's integrity check; the database file may be damaged.");
                }
            }
            File.Move(partial, target);
            return new FileInfo(target).Length;
        }
        finally
        {
            File.Delete(partial);
        }
    }
}
