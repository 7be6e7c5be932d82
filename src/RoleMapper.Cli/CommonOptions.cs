using System.CommandLine;

namespace RoleMapper.Cli;

/// <summary>Options several commands share, so they are spelt and described the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string?> Db() => new("--db")
    {
        Description = "SQLite database file to use, or a PostgreSQL connection string when Database__Provider=postgres " +
            "(default: ConnectionStrings__RoleMapper, else the app's own database in the user's app-data folder)",
        HelpName = "PATH|CONNECTION",
    };

    public static Option<bool> Json() => new("--json") { Description = "Print one JSON object instead of readable text" };
}
