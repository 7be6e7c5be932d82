using System.Diagnostics;

namespace RoleMapper.Cli.Tests;

/// <summary>Runs the real <c>rolemapper</c> program in its own process, as a user or a script would.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Task<Result> RunAsync(params string[] args) =>
        RunWithHomeAsync(Path.Combine(Path.GetTempPath(), "rolemapper-cli-home"), args);

    /// <summary>As <see cref="RunAsync"/>, with the user's home folder at <paramref name="home"/>.</summary>
    public static async Task<Result> RunWithHomeAsync(string home, params string[] args)
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
        // Never touch the developer's own database: every test passes --db, and HOME points nowhere useful.
        start.Environment["HOME"] = home;
        start.Environment.Remove("XDG_DATA_HOME");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }
}
