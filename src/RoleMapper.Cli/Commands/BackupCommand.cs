using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using RoleMapper.Core.Data;

namespace RoleMapper.Cli.Commands;

/// <summary>
/// <c>rolemapper backup --to FILE [--db PATH]</c>: a consistent copy of the SQLite database while the app runs
/// (SQLite's online backup; docs/deploy.md). The database is neither migrated nor written.
/// </summary>
internal static class BackupCommand
{
    public static Command Create()
    {
        var to = new Option<string>("--to") { Description = "The backup file to write (must not exist yet)", Required = true, HelpName = "FILE" };
        var db = CommonOptions.Db();
        var command = new Command("backup", "Copy the SQLite database to a file while the app runs (PostgreSQL: use pg_dump)") { to, db };
        command.SetAction(async (parse, ct) =>
        {
            var database = CliServices.Database(parse.GetValue(db));
            long bytes;
            try
            {
                bytes = await SqliteBackup.CopyAsync(database.Settings, parse.GetValue(to)!, ct);
            }
            catch (Exception e) when (e is DbException or InvalidOperationException)
            {
                throw new UserError($"Cannot back up the database {database.Describe()}: {CliErrors.OneLine(e.Message)}", e);
            }
            await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Backed up {database.Describe()} to {Path.GetFullPath(parse.GetValue(to)!)} ({bytes / 1024.0 / 1024.0:F1} MB)."));
            return 0;
        });
        return command;
    }
}
