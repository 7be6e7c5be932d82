using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace RoleMapper.Cli.Tests;

/// <summary>
/// The real <c>rolemapper</c> program running in its own process, for tests that act on it while it runs: send it
/// Ctrl+C or SIGTERM as a terminal or a service manager would, or kill it outright (kill -9).
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();

    private CliProcess(Process process) => this.process = process;

    public int Id => process.Id;

    /// <param name="environment">Settings for this run, such as <c>Import__LeaseDuration</c>.</param>
    public static CliProcess Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        _ = InterruptsReachChildren.Value;
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
        start.Environment["HOME"] = Path.Combine(Path.GetTempPath(), "rolemapper-cli-home");
        start.Environment.Remove("XDG_DATA_HOME");
        // Nor the developer's own database settings: a test names its database, or sets these itself.
        start.Environment.Remove("Database__Provider");
        start.Environment.Remove("ConnectionStrings__RoleMapper");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var cli = new CliProcess(new Process { StartInfo = start });
        cli.process.OutputDataReceived += (_, e) => Append(cli.output, e.Data);
        cli.process.ErrorDataReceived += (_, e) => Append(cli.error, e.Data);
        cli.process.Start();
        cli.process.BeginOutputReadLine();
        cli.process.BeginErrorReadLine();
        return cli;
    }

    public static async Task<CliRunner.Result> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var cli = Start(environment, args);
        return await cli.ExitAsync(TimeSpan.FromMinutes(2));
    }

    /// <summary>Ctrl+C in a terminal.</summary>
    public void Interrupt() => Signal(2);

    /// <summary>What a service manager sends to stop a process.</summary>
    public void Terminate() => Signal(15);

    /// <summary>kill -9: the process gets no chance to clean up.</summary>
    public void KillHard()
    {
        process.Kill();
        process.WaitForExit();
    }

    /// <summary>
    /// Waits for the process to end, at most <paramref name="cap"/>: a cap far above the expected time, there to turn a
    /// hang into a failure rather than to measure speed.
    /// </summary>
    public async Task<CliRunner.Result> ExitAsync(TimeSpan cap)
    {
        using var timeout = new CancellationTokenSource(cap);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw new TimeoutException($"rolemapper did not exit within {cap.TotalSeconds} s. Output so far:\n{output}\n{error}");
        }
        // The last lines are delivered after the exit; WaitForExit() with no timeout waits for them.
        process.WaitForExit();
        return new CliRunner.Result(process.ExitCode, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }
        process.Dispose();
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is not null)
        {
            lock (text)
            {
                text.AppendLine(line);
            }
        }
    }

    private void Signal(int number)
    {
        if (Kill(process.Id, number) != 0)
        {
            throw new InvalidOperationException($"Could not send signal {number} to process {process.Id} (errno {Marshal.GetLastWin32Error()}).");
        }
    }

    /// <summary>
    /// A test run started in the background by a non-interactive shell (<c>./test.sh &amp;</c>, nohup, some CI agents)
    /// inherits SIGINT ignored, as POSIX asks for background jobs, and passes that on to every child: the program
    /// then never sees the Ctrl+C the tests send it, and .NET installs no handler for a signal ignored on entry. So,
    /// once, this process puts SIGINT back to its default before starting any child, as a terminal would have it.
    /// </summary>
    private static readonly Lazy<bool> InterruptsReachChildren = new(() =>
    {
        var before = SetSignal(SigInt, SigDefault);
        if (before != SigIgnore)
        {
            // Not ignored: whatever handled it (.NET's own handler, in a terminal) handles it again.
            SetSignal(SigInt, before);
        }
        return before == SigIgnore;
    });

    private const int SigInt = 2;
    private static readonly IntPtr SigDefault = IntPtr.Zero;
    private static readonly IntPtr SigIgnore = new(1);

    [DllImport("libc", EntryPoint = "signal")]
    private static extern IntPtr SetSignal(int signal, IntPtr handler);

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
