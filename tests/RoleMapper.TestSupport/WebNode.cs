using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace RoleMapper.TestSupport;

/// <summary>
/// One web node: the built RoleMapper.Web in a process of its own on a loopback port, started as the README runs it
/// (the project folder as content root, Production) with its settings in environment variables exactly as an operator
/// sets them (<see cref="Settings"/>). Several on one PostgreSQL database make a shared deployment. Killed on dispose;
/// its output is kept (<see cref="Output"/>) and can be waited on.
/// </summary>
public sealed class WebNode : IAsyncDisposable
{
    /// <summary>A hang detector for a start on a busy machine: a start takes seconds (migrate, build the index).</summary>
    private static readonly TimeSpan StartCap = TimeSpan.FromMinutes(3);

    private readonly AppProcess process;

    private WebNode(string name, AppProcess process, Uri address) => (Name, this.process, Address) = (name, process, address);

    public string Name { get; }
    public Uri Address { get; }
    public int ProcessId => process.Id;
    public string Output => process.Output;

    /// <summary>
    /// The environment of a node on PostgreSQL, as an operator writes it: the provider, the connection string and the
    /// address to listen on, plus <paramref name="more"/> (Import__..., Search__...). The same for every node.
    /// </summary>
    public static Dictionary<string, string> Settings(string connectionString, int port, IReadOnlyDictionary<string, string>? more = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Database__Provider"] = "postgres",
            ["ConnectionStrings__RoleMapper"] = connectionString,
        };
        foreach (var (name, value) in more ?? new Dictionary<string, string>())
        {
            settings[name] = value;
        }
        return settings;
    }

    /// <summary>Starts a node and returns once it serves requests (Kestrel has said "Application started").</summary>
    public static async Task<WebNode> StartAsync(string name, string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        // A port chosen free can be taken before the node binds it (other test runs share the machine): try another.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreeLoopbackPort();
            var process = AppProcess.Start(AppProcess.Built("RoleMapper.Web", "RoleMapper.Web.dll"), RepoPaths.File("src", "RoleMapper.Web"),
                Settings(connectionString, port, settings));
            try
            {
                await process.WaitForLineAsync("Application started", StartCap);
                return new WebNode(name, process, new Uri($"http://127.0.0.1:{port}"));
            }
            catch (InvalidOperationException) when (attempt < 3 && process.Output.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                await process.DisposeAsync();
            }
            catch
            {
                await process.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>A browser-like client of this node: no automatic redirects, cookies in <paramref name="cookies"/>.</summary>
    public HttpClient NewClient(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies ?? new CookieContainer() })
        {
            BaseAddress = Address,
            // A hang detector: pages answer in milliseconds.
            Timeout = TimeSpan.FromMinutes(2),
        };

    /// <summary>/healthz: its status code and JSON body.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> HealthAsync()
    {
        using var client = NewClient();
        using var response = await client.GetAsync("/healthz");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.Clone());
    }

    /// <summary>The first line of the node's output containing <paramref name="text"/>, once written.</summary>
    public Task<string> WaitForLineAsync(string text, TimeSpan cap, CancellationToken ct = default) => process.WaitForLineAsync(text, cap, ct);

    /// <summary>kill -9, as a lost machine: no shutdown, nothing released.</summary>
    public Task KillAsync() => process.KillAsync();

    public bool HasExited => process.HasExited;

    public ValueTask DisposeAsync() => process.DisposeAsync();

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
