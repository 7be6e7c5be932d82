namespace RoleMapper.Core.Data;

/// <summary>The database servers RoleMapper runs on (<c>Database:Provider</c>); each has its own migrations assembly.</summary>
public enum DatabaseProvider
{
    /// <summary>A SQLite file: the default, for one machine.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: for a shared deployment with several web nodes.</summary>
    Postgres,
}
