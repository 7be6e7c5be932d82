using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace RoleMapper.Core.Data;

/// <summary>
/// Tells "a unique index or primary key said no" (someone else wrote the row first) from every other failed save, on
/// each provider: SQLite's extended codes for PRIMARY KEY and UNIQUE constraints, PostgreSQL's SQLSTATE 23505.
/// </summary>
public static class UniqueViolation
{
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintPrimaryKey or SqliteConstraintUnique,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
