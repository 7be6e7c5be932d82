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
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        if (Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(typeof(Measurement).Assembly.Location);
        }
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        var lines = output.Trim().Split('\n');
        // What the scenario said besides its figures (sizes, row counts), for the person running the benchmark.
        foreach (var line in lines[..^1])
        {
            Console.Error.WriteLine("  " + line);
        }
        var last = lines[^1].Split(' ');
        if (child.ExitCode != 0 || last.Length != 2)
        {
            throw new InvalidOperationException($"Scenario {string.Join(' ', args)} failed:\n{output}");
        }
        return (double.Parse(last[0], CultureInfo.InvariantCulture), double.Parse(last[1], CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Called in the child: the last line the parent reads. <paramref name="processorTime"/>, the processor time the
    /// measured work took (all threads), is shown too: other builds on a shared machine change it far less than the
    /// seconds on the clock.
    /// </summary>
    public static void Report(TimeSpan elapsed, TimeSpan? processorTime = null)
    {
        if (processorTime is { } cpu)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"processor time {cpu.TotalSeconds:F2} s"));
        }
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalSeconds:F2} {self.PeakWorkingSet64 / 1048576.0:F0}"));
    }

    /// <summary>Processor time of this process so far, every thread (the garbage collector's too).</summary>
    public static TimeSpan ProcessorTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
