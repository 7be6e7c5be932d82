using System.Diagnostics;
using System.Globalization;

namespace RoleMapper.Benchmarks;

/// <summary>
/// Runs one scenario in a child process so its peak memory is its own, not the sum of every scenario before it.
/// The child prints "seconds peakMB" on its last line.
/// </summary>
internal static class Measurement
{
    public static async Task<(double Seconds, double PeakMb)> InChildAsync(params string[] args)
    {
        var start = Child(args);
        start.RedirectStandardOutput = true;
        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        var last = output.Trim().Split('\n')[^1].Split(' ');
        if (child.ExitCode != 0 || last.Length != 2)
        {
            throw new InvalidOperationException($"Scenario {string.Join(' ', args)} failed:\n{output}");
        }
        return (double.Parse(last[0], CultureInfo.InvariantCulture), double.Parse(last[1], CultureInfo.InvariantCulture));
    }

    /// <summary>This benchmark program again, with these arguments: one scenario in a process of its own.</summary>
    public static ProcessStartInfo Child(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!);
        if (Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(typeof(Measurement).Assembly.Location);
        }
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        return start;
    }

    /// <summary>Called in the child: the last line the parent reads.</summary>
    public static void Report(TimeSpan elapsed)
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalSeconds:F2} {self.PeakWorkingSet64 / 1048576.0:F0}"));
    }
}
