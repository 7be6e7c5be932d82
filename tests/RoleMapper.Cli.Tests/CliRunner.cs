namespace RoleMapper.Cli.Tests;

/// <summary>Runs the real <c>rolemapper</c> program in its own process, as a user or a script would.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Task<Result> RunAsync(params string[] args) => CliProcess.RunAsync(new Dictionary<string, string>(), args);

    /// <summary>As <see cref="RunAsync"/>, with the user's home folder at <paramref name="home"/>.</summary>
    public static Task<Result> RunWithHomeAsync(string home, params string[] args) =>
        CliProcess.RunAsync(new Dictionary<string, string> { ["HOME"] = home }, args);

    /// <summary>
    /// As <see cref="RunAsync"/> on a test database, as a user would name it: <c>--db</c> with the SQLite file, or with
    /// the PostgreSQL connection string and <c>Database__Provider=postgres</c> in the environment.
    /// </summary>
    public static Task<Result> RunOnAsync(TestDatabase database, params string[] args) =>
        CliProcess.RunAsync(
            new Dictionary<string, string> { ["Database__Provider"] = database.Provider.ToString() },
            [.. args, "--db", database.Provider == DatabaseProvider.Postgres ? database.ConnectionString : database.FilePath]);

    /// <summary>As <see cref="RunAsync"/>, with these environment variables set (<c>Database__Provider</c>, ...).</summary>
    public static Task<Result> RunWithEnvironmentAsync(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        CliProcess.RunAsync(environment, args);
}
