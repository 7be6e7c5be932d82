using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using RoleMapper.TestSupport;

namespace RoleMapper.Benchmarks;

/// <summary>
/// One RoleMapper.Web process on a loopback port, configured only through environment variables as an operator would
/// set them (docs/deploy.md), in Production. Killed with its process tree on dispose.
/// </summary>
internal sealed class WebNode : IAsyncDisposable
{
    private readonly Process process;

    private WebNode(Process process, Uri address) => (this.process, Address) = (process, address);

    public Uri Address { get; }

    /// <param name="settings">Environment variables beyond the ones every node gets (URL, environment, log level).</param>
    public static WebNode Start(IReadOnlyDictionary<string, string> settings)
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var webFolder = RepoPaths.File("src", "RoleMapper.Web", "bin", configuration, "net10.0");
        // The project folder is the content root, as in a published app: wwwroot and appsettings.json are found there.
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepoPaths.File("src", "RoleMapper.Web"), RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(webFolder, "RoleMapper.Web.dll"));
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }
        var process = Process.Start(start)!;
        // Drain the app's output so a full pipe never blocks it.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine($"app {address.Port}: {e.Data}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new WebNode(process, address);
    }

    /// <summary>
    /// Waits until /healthz answers 200 with a search index holding standards: the first start migrates and imports the
    /// snapshot; a node that started beside it builds its index from the database on its next refresh (within a minute).
    /// </summary>
    public Task WaitUntilServingAsync() => WaitUntilServingAsync(Address, process);

    /// <param name="process">The node's process when this program started it, to stop waiting if it died.</param>
    public static async Task WaitUntilServingAsync(Uri address, Process? process = null)
    {
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        // A cap that only detects a node that never comes up; the wait itself ends as soon as the node serves.
        var cap = Stopwatch.StartNew();
        while (cap.Elapsed < TimeSpan.FromMinutes(5))
        {
            if (process is { HasExited: true })
            {
                throw new InvalidOperationException($"The node at {address} exited with code {process.ExitCode} before it was ready.");
            }
            try
            {
                using var response = await client.GetAsync("/healthz");
                if (response.IsSuccessStatusCode && IndexedStandards(await response.Content.ReadAsStringAsync()) > 0)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The node at {address} did not serve within 5 minutes.");
    }

    private static int IndexedStandards(string health)
    {
        using var json = JsonDocument.Parse(health);
        return json.RootElement.GetProperty("checks").GetProperty("index").GetProperty("data") is { ValueKind: JsonValueKind.Object } data
               && data.TryGetProperty("standards", out var standards)
            ? standards.GetInt32()
            : 0;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }
}
