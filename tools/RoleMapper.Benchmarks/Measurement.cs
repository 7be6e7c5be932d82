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

    /// <summary>What the child measured: the clock, the processor time of all its threads, and its peak memory so far.</summary>
    public sealed record Figures(TimeSpan Elapsed, TimeSpan ProcessorTime, double PeakMb);

    /// <summary>
    /// Starts measuring in the child; call the result as soon as the measured work ends, before anything else runs, so
    /// the peak is the work's and not that of what the scenario does afterwards (a breakdown, say).
    /// </summary>
    public static Func<Figures> Start()
    {
        var processor = ProcessorTime();
        var clock = Stopwatch.StartNew();
        return () =>
        {
            clock.Stop();
            return new Figures(clock.Elapsed, ProcessorTime() - processor, PeakMb());
        };
    }

    /// <summary>
    /// Called in the child: the last line the parent reads, after one saying the processor time, which other builds
    /// on a shared machine change far less than the seconds on the clock.
    /// </summary>
    public static void Report(Figures figures)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"processor time {figures.ProcessorTime.TotalSeconds:F2} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{figures.Elapsed.TotalSeconds:F2} {figures.PeakMb:F0}"));
    }

    /// <summary>Called in the child: the last line the parent reads.</summary>
    public static void Report(TimeSpan elapsed) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalSeconds:F2} {PeakMb():F0}"));

    private static double PeakMb()
    {
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64 / 1048576.0;
    }

    private static TimeSpan ProcessorTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
