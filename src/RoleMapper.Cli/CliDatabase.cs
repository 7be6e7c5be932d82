using System.Data.Common;
using RoleMapper.Core.Data;

namespace RoleMapper.Cli;

/// <summary>The database a command uses, named for an error message without its password.</summary>
internal sealed record CliDatabase(DatabaseSettings Settings)
{
    /// <summary>"file /data/x.db", or "Host=db;Database=rolemapper" for PostgreSQL: where, never the credentials.</summary>
    public string Describe()
    {
        var parts = new DbConnectionStringBuilder();
        try
        {
            parts.ConnectionString = Settings.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "(the connection string is malformed)";
        }
        if (Settings.Provider == DatabaseProvider.Sqlite)
        {
            return parts.TryGetValue("Data Source", out var file) ? $"file {file}" : "(SQLite)";
        }
        var named = new[] { "Host", "Port", "Database" }
            .Where(parts.ContainsKey).Select(key => $"{key}={parts[key]}");
        return string.Join(';', named) is { Length: > 0 } where ? where : "(PostgreSQL)";
    }
}
