using System.Diagnostics;
using RoleMapper.TestSupport;

namespace RoleMapper.Benchmarks;

/// <summary>
/// The command line as the README installs it: <c>dotnet publish</c>, which precompiles it (docs/adr/0006). Published
/// once per benchmark run into artifacts/benchmarks/rolemapper, then run as its own process, timed end to end with its
/// peak memory polled while it runs. Its multi-core JIT profiles (<c>StartupProfile</c>) live in a folder of the
/// benchmark's own, emptied at each publish, so a figure never depends on what the developer last ran.
/// </summary>
internal static class PublishedCli
{
    private static readonly string Folder = RepoPaths.File("artifacts", "benchmarks", "rolemapper");
    private static readonly string AppData = RepoPaths.File("artifacts", "benchmarks", "app-data");
    private static Task<string>? published;

    public sealed record Run(double Seconds, double PeakMb, string Output);

    public static async Task<Run> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(await (published ??= PublishAsync())) { RedirectStandardOutput = true, RedirectStandardError = true };
        // Where .NET finds the local application data folder on Linux and macOS, and on Windows.
        start.Environment["XDG_DATA_HOME"] = AppData;
        start.Environment["LOCALAPPDATA"] = AppData;
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        var clock = Stopwatch.StartNew();
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEndAsync();
        var errors = child.StandardError.ReadToEndAsync();
        var peak = 0L;
        while (!child.HasExited)
        {
            peak = Math.Max(peak, PeakWorkingSet(child));
            await Task.Delay(20);
        }
        clock.Stop();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"rolemapper {string.Join(' ', args)} failed: {await output}{await errors}");
        }
        return new Run(clock.Elapsed.TotalSeconds, peak / 1048576.0, (await output).Trim());
    }

    /// <summary>The child's peak so far, or 0 when it exited between the check and the read.</summary>
    private static long PeakWorkingSet(Process child)
    {
        try
        {
            child.Refresh();
            return child.PeakWorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }

    private static async Task<string> PublishAsync()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "publish", RepoPaths.File("src", "RoleMapper.Cli"), "-c", "Release", "-o", Folder })
        {
            start.ArgumentList.Add(arg);
        }
        using var publish = Process.Start(start)!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed: {await output}{await errors}");
        }
        if (Directory.Exists(AppData))
        {
            Directory.Delete(AppData, recursive: true);
        }
        Directory.CreateDirectory(AppData);
        return Path.Combine(Folder, OperatingSystem.IsWindows() ? "rolemapper.exe" : "rolemapper");
    }
}
