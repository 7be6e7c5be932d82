using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace RoleMapper.TestSupport;

/// <summary>
/// One of RoleMapper's own programs (the web app, the <c>rolemapper</c> command) as built beside the tests, running in
/// a process of its own with settings given as environment variables, as an operator gives them. Its stdout and stderr
/// are kept for diagnostics and can be waited on line by line; it is killed on dispose.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder standardOutput = new();
    private readonly List<(string Text, TaskCompletionSource<string> Seen)> waiters = [];

    private AppProcess(Process process) => this.process = process;

    /// <summary>The configuration the tests were built in, which the programs they start were built in too.</summary>
    public static string Configuration { get; } =
        typeof(AppProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>The built output of a project under src/, e.g. ("RoleMapper.Web", "RoleMapper.Web.dll").</summary>
    public static string Built(string project, string assembly) =>
        RepoPaths.File("src", project, "bin", Configuration, "net10.0", assembly);

    public int Id => process.Id;
    public bool HasExited => process.HasExited;

    /// <summary>Everything the process wrote so far, stdout and stderr interleaved as they arrived.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>What the process wrote to stdout alone (a command's <c>--json</c> answer), once it has exited.</summary>
    public string StandardOutput
    {
        get
        {
            lock (output)
            {
                return standardOutput.ToString();
            }
        }
    }

    /// <param name="assembly">The program's dll, from <see cref="Built"/>.</param>
    /// <param name="workingDirectory">Its working folder, which a web app takes as its content root.</param>
    /// <param name="environment">Its settings; the test process's own database and ASP.NET Core settings are never passed on.</param>
    public static AppProcess Start(string assembly, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        if (!File.Exists(assembly))
        {
            throw new FileNotFoundException($"{assembly} is not built; build the test project, which builds it.", assembly);
        }
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(assembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var name in start.Environment.Keys.Where(IsInherited).ToList())
        {
            start.Environment.Remove(name);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var app = new AppProcess(new Process { StartInfo = start });
        app.process.OutputDataReceived += (_, e) => app.Append(e.Data, toStandardOutput: true);
        app.process.ErrorDataReceived += (_, e) => app.Append(e.Data, toStandardOutput: false);
        app.process.Start();
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Settings of the test run that would change what the program does if they leaked into it.</summary>
    private static bool IsInherited(string name) =>
        name.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || name.StartsWith("DOTNET_ENVIRONMENT", StringComparison.Ordinal)
        || name.StartsWith("Database__", StringComparison.Ordinal) || name.StartsWith("ConnectionStrings__", StringComparison.Ordinal)
        || name.StartsWith("Import__", StringComparison.Ordinal) || name.StartsWith("Search__", StringComparison.Ordinal);

    /// <summary>
    /// The first line of output containing <paramref name="text"/>, written before or after this call. Fails when the
    /// process ends without writing it, or after <paramref name="cap"/>, a hang detector far above the expected time.
    /// </summary>
    public async Task<string> WaitForLineAsync(string text, TimeSpan cap, CancellationToken ct = default)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (output)
        {
            if (output.ToString().Split('\n').FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal)) is { } line)
            {
                return line.TrimEnd('\r');
            }
            waiters.Add((text, seen));
        }
        try
        {
            await Task.WhenAny(seen.Task, process.WaitForExitAsync(ct)).WaitAsync(cap, ct);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Not written within {cap.TotalSeconds} s: \"{text}\". Output:\n{Output}");
        }
        if (!seen.Task.IsCompleted)
        {
            // Ended: its last lines arrive after the exit, and WaitForExit() with no timeout waits for them.
            process.WaitForExit();
        }
        return seen.Task.IsCompleted ? await seen.Task
            : throw new InvalidOperationException($"The process ended ({process.ExitCode}) without writing \"{text}\". Output:\n{Output}");
    }

    /// <summary>Waits for the process to end (at most <paramref name="cap"/>, a hang detector); its exit code.</summary>
    public async Task<int> ExitAsync(TimeSpan cap)
    {
        try
        {
            await process.WaitForExitAsync().WaitAsync(cap);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The process did not exit within {cap.TotalSeconds} s. Output:\n{Output}");
        }
        // The last lines arrive after the exit; WaitForExit() with no timeout waits for them.
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>kill -9: the process gets no chance to finish anything.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    private void Append(string? line, bool toStandardOutput)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
            if (toStandardOutput)
            {
                standardOutput.AppendLine(line);
            }
            foreach (var waiter in waiters.Where(w => line.Contains(w.Text, StringComparison.Ordinal)).ToList())
            {
                waiters.Remove(waiter);
                waiter.Seen.TrySetResult(line);
            }
        }
    }
}
