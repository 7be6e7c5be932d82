using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace RoleMapper.TestSupport;

/// <summary>
/// A private PostgreSQL 15 server for the tests of one process: initdb into a temporary folder, started with pg_ctl on a
/// free loopback port (Unix sockets in the same folder), a password for its one superuser, stopped and deleted when the
/// process ends (by a detached reaper). Each test assembly runs in its own process, so assemblies running in parallel each own a cluster and
/// never share one. No system service is used and nothing listens beyond 127.0.0.1.
/// initdb refuses to run as root, so as root every server command runs as the <c>postgres</c> user (runuser); a
/// non-root user runs them directly. A cluster left behind by a killed test process is removed by the next one.
/// </summary>
public sealed class PostgresCluster
{
    /// <summary>Debian's PostgreSQL 15 binaries; <c>ROLEMAPPER_PG_BIN</c> names another folder.</summary>
    public static string BinFolder { get; } =
        Environment.GetEnvironmentVariable("ROLEMAPPER_PG_BIN") is { Length: > 0 } bin ? bin : "/usr/lib/postgresql/15/bin";

    private const string FolderPrefix = "rolemapper-pg-";
    private const string Superuser = "rolemapper_tests";
    private static readonly Lazy<Task<PostgresCluster>> Shared = new(StartAsync);
    private static readonly bool IsRoot = Environment.UserName == "root";

    private readonly string folder;
    private readonly string password;
    private int databases;

    private PostgresCluster(string folder, string password, int port)
    {
        (this.folder, this.password, Port) = (folder, password, port);
    }

    public int Port { get; }

    /// <summary>How long initdb and the start took, for the README's figures.</summary>
    public TimeSpan StartTime { get; private set; }

    private string DataFolder => Path.Combine(folder, "data");

    /// <summary>The process's cluster, started on first use.</summary>
    public static Task<PostgresCluster> GetAsync() => Shared.Value;

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = Port, Username = Superuser, Password = password, Database = database,
        // Tests open many short-lived databases; a small pool per database keeps the server under max_connections.
        MaxPoolSize = 20,
    }.ToString();

    /// <summary>
    /// Creates a database with a name unique in this cluster and returns its connection string: empty, or a copy of
    /// <paramref name="template"/> (which nothing may be connected to).
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string purpose, string? template = null)
    {
        var name = $"{Sanitise(purpose)}_{Interlocked.Increment(ref databases)}";
        await ExecuteAsync(template is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return ConnectionString(name);
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing what is still connected to it.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{builder.Database}\" WITH (FORCE)");
    }

    /// <summary>A plain-text dump of one database (schema and rows), by the cluster's own pg_dump.</summary>
    public async Task<string> DumpAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(ServerTool("pg_dump"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var arg in new[] { "-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", Superuser, "--no-owner", builder.Database! })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? await output
            : throw new InvalidOperationException($"pg_dump {builder.Database} failed ({process.ExitCode}): {await error}");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string Sanitise(string purpose)
    {
        var name = new string(purpose.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
        return name.Length > 40 ? name[..40] : name;
    }

    private static async Task<PostgresCluster> StartAsync()
    {
        await RemoveOrphansAsync();
        var clock = Stopwatch.StartNew();
        var folder = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        // The owner's process id, so a later run can tell a cluster whose process was killed.
        await File.WriteAllTextAsync(Path.Combine(folder, "owner.pid"), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        if (IsRoot)
        {
            await RunAsync("chown", "postgres:", folder);
            await RunAsync("chmod", "700", folder);
        }
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var passwordFile = Path.Combine(folder, "password");
        await File.WriteAllTextAsync(passwordFile, password);
        await RunServerToolAsync("initdb", "-D", Path.Combine(folder, "data"), "-U", Superuser, "--pwfile", passwordFile,
            "--auth", "scram-sha-256", "--encoding", "UTF8", "--locale", "C.UTF-8", "--no-sync");
        File.Delete(passwordFile);

        // A port can be taken between choosing it and the server binding it (other test runs share the machine).
        for (var attempt = 1; ; attempt++)
        {
            var cluster = new PostgresCluster(folder, password, FreeLoopbackPort());
            try
            {
                await cluster.StartServerAsync();
            }
            catch (InvalidOperationException) when (attempt < 5)
            {
                continue;
            }
            await cluster.StartReaperAsync();
            cluster.StartTime = clock.Elapsed;
            return cluster;
        }
    }

    private Task StartServerAsync() =>
        // Test data is thrown away, so durability is traded for speed (fsync, full pages, synchronous commit off).
        RunServerToolAsync("pg_ctl", "-D", DataFolder, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "120", "-o",
            $"-c listen_addresses=127.0.0.1 -p {Port} -k {folder} -c max_connections=300 -c fsync=off " +
            "-c full_page_writes=off -c synchronous_commit=off", "start");

    /// <summary>
    /// Starts a small detached shell that waits for this test process to end, however it ends (the test host is often
    /// killed straight after its last test, before an exit handler could finish), then stops the server and deletes the
    /// folder. It runs in its own session so it outlives the test host.
    /// </summary>
    private async Task StartReaperAsync()
    {
        var stop = $"{(IsRoot ? "runuser -u postgres -- " : "")}'{ServerTool("pg_ctl")}' -D '{DataFolder}' -m immediate -w stop";
        var script = $"exec </dev/null >/dev/null 2>&1; while kill -0 {Environment.ProcessId}; do sleep 1; done; {stop}; rm -rf '{folder}'";
        await RunAsync("setsid", "-f", "sh", "-c", script);
    }

    /// <summary>Stops and deletes clusters whose test process no longer runs and whose reaper never ran (a reboot).</summary>
    private static async Task RemoveOrphansAsync()
    {
        foreach (var orphan in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var owner = Path.Combine(orphan, "owner.pid");
            if (!File.Exists(owner) || !int.TryParse(File.ReadAllText(owner), out var pid) || IsRunning(pid))
            {
                continue;
            }
            try
            {
                await RunAsync(ServerTool("pg_ctl"), ["-D", Path.Combine(orphan, "data"), "-m", "immediate", "-w", "stop"], asPostgres: IsRoot);
            }
            catch (InvalidOperationException)
            {
                // Its server had stopped already.
            }
            DeleteFolder(orphan);
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void DeleteFolder(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans the temp folder.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string ServerTool(string name) => Path.Combine(BinFolder, name);

    private static Task RunServerToolAsync(string name, params string[] args) => RunAsync(ServerTool(name), args, asPostgres: IsRoot);

    private static Task RunAsync(string file, params string[] args) => RunAsync(file, args, asPostgres: false);

    private static async Task RunAsync(string file, string[] args, bool asPostgres)
    {
        if (!File.Exists(file) && Path.IsPathRooted(file))
        {
            throw new InvalidOperationException(
                $"{file} is missing: install PostgreSQL 15 (Debian package postgresql; test.sh does it) or set ROLEMAPPER_PG_BIN.");
        }
        var start = new ProcessStartInfo(asPostgres ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asPostgres)
        {
            foreach (var arg in new[] { "-u", "postgres", "--", file })
            {
                start.ArgumentList.Add(arg);
            }
        }
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', args)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}
