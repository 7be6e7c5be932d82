namespace RoleMapper.Cli.Tests;

/// <summary>Runs the real <c>rolemapper</c> program in its own process, as a user or a script would.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Task<Result> RunAsync(params string[] args) => CliProcess.RunAsync(new Dictionary<string, string>(), args);

    /// <summary>As <see cref="RunAsync"/>, with the user's home folder at <paramref name="home"/>.</summary>
    public static Task<Result> RunWithHomeAsync(string home, params string[] args) =>
        CliProcess.RunAsync(new Dictionary<string, string> { ["HOME"] = home }, args);

    /// <summary>As <see cref="RunAsync"/>, with these environment variables set (<c>Database__Provider</c>, ...).</summary>
    public static Task<Result> RunWithEnvironmentAsync(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        CliProcess.RunAsync(environment, args);
}
