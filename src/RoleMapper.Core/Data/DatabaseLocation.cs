using Microsoft.Data.Sqlite;

namespace RoleMapper.Core.Data;

/// <summary>Where the database lives when nothing is configured: a SQLite file in the user's app-data folder.</summary>
public static class DatabaseLocation
{
    public const string ConnectionStringName = "RoleMapper";

    public static string DefaultFile =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "RoleMapper", "rolemapper.db");

    public static string ForFile(string path) =>
        new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path), Pooling = true }.ToString();

    /// <summary>SQLite creates the file but not its folder.</summary>
    public static void EnsureFolderExists(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (!string.IsNullOrEmpty(dataSource) && dataSource != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(dataSource)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }
    }
}
