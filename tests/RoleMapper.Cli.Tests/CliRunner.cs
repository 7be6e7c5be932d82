using System.Diagnostics;

namespace RoleMapper.Cli.Tests;

/// <summary>Runs the real <c>rolemapper</c> program in its own process, as a user or a script would.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Task<Result> RunAsync(params string[] args) =>
        RunWithEnvironmentAsync(new Dictionary<string, string>(), args);

    /// <summary>As <see cref="RunAsync"/>, with the user's home folder at <paramref name="home"/>.</summary>
    public static Task<Result> RunWithHomeAsync(string home, params string[] args) =>
        RunWithEnvironmentAsync(new Dictionary<string, string> { ["HOME"] = home }, args);

    /// <summary>As <see cref="RunAsync"/>, with these environment variables set (<c>Database__Provider</c>, ...).</summary>
    public static async Task<Result> RunWithEnvironmentAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "rolemapper.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // Never touch the developer's own database: every test passes --db or a connection string, and HOME points
        // nowhere useful.
        start.Environment["HOME"] = Path.Combine(Path.GetTempPath(), "rolemapper-cli-home");
        start.Environment.Remove("XDG_DATA_HOME");
        start.Environment.Remove("Database__Provider");
        start.Environment.Remove("ConnectionStrings__RoleMapper");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }
}
