using System.Text.Json;

namespace RoleMapper.Web.Tests.TwoNodes;

/// <summary>
/// A shared deployment in small: one database on the test cluster, already holding <c>seedFeed</c>, and two web nodes
/// (<see cref="WebNode"/> processes) on it with the same settings, started together. Disposes the nodes, then the database.
/// </summary>
public sealed class TwoNodeDeployment : IAsyncDisposable
{
    /// <summary>A hang detector for anything a node does in seconds (an import, a refresh) on a busy machine.</summary>
    public static readonly TimeSpan Cap = TimeSpan.FromMinutes(4);

    /// <summary>What a node writes when its nightly timer fires while another holds the import lease.</summary>
    public const string SkippedLine = "Another node or process is importing; this one skips tonight's run";

    /// <summary>
    /// How often a node looks for an import made elsewhere (Search__RefreshInterval, one minute by default): short here,
    /// so the tests wait seconds, not minutes.
    /// </summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(2);

    private TwoNodeDeployment(TestDatabase database, WebNode a, WebNode b) => (Database, A, B) = (database, a, b);

    public TestDatabase Database { get; }
    public WebNode A { get; }
    public WebNode B { get; }
    public IReadOnlyList<WebNode> Nodes => [A, B];

    /// <summary>
    /// The settings every node of these tests has: the index refresh above, and a nightly schedule that never comes due
    /// while a test runs (29 February), so an import happens only when a test makes it.
    /// </summary>
    public static Dictionary<string, string> Settings(IReadOnlyDictionary<string, string>? more = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Import__Schedule"] = "0 0 29 2 *",
            ["Search__RefreshInterval"] = RefreshInterval.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (name, value) in more ?? new Dictionary<string, string>())
        {
            settings[name] = value;
        }
        return settings;
    }

    public static async Task<TwoNodeDeployment> StartAsync(string seedFeed, IReadOnlyDictionary<string, string> settings)
    {
        var database = await TestDatabase.CreateAsync(provider: DatabaseProvider.Postgres);
        try
        {
            var seed = await database.ImportAsync(seedFeed);
            Assert.Equal(ImportOutcome.Succeeded, seed.Outcome);
            var starting = new[] { WebNode.StartAsync("A", database.ConnectionString, settings), WebNode.StartAsync("B", database.ConnectionString, settings) };
            try
            {
                await Task.WhenAll(starting);
            }
            catch
            {
                foreach (var started in starting.Where(t => t.IsCompletedSuccessfully))
                {
                    await started.Result.DisposeAsync();
                }
                throw;
            }
            return new TwoNodeDeployment(database, starting[0].Result, starting[1].Result);
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// One browser's cookie jar, sent to both nodes as a browser sends it to a load balancer's one address (cookies are
    /// not kept per port), so a request may land on either node.
    /// </summary>
    public (HttpClient OnA, HttpClient OnB) Browser()
    {
        var cookies = new CookieContainer();
        return (A.NewClient(cookies), B.NewClient(cookies));
    }

    /// <summary>
    /// Starts `rolemapper` (built beside the tests) on this deployment's database as an operator runs it on any machine:
    /// <c>Database__Provider=postgres ConnectionStrings__RoleMapper=... rolemapper ARGS</c>.
    /// </summary>
    public AppProcess CommandLine(params string[] args) =>
        AppProcess.Start(AppProcess.Built("RoleMapper.Cli", "rolemapper.dll"), Path.GetTempPath(), new Dictionary<string, string>
        {
            ["Database__Provider"] = "postgres",
            ["ConnectionStrings__RoleMapper"] = Database.ConnectionString,
            // Its start-up profile goes to a throwaway home, not the developer's.
            ["HOME"] = Path.Combine(Path.GetTempPath(), "rolemapper-cli-home"),
        }, args);

    /// <summary>
    /// Waits until <paramref name="node"/>'s /healthz says its index is built from <paramref name="runId"/>, polling
    /// /healthz as a monitor would, with <see cref="Cap"/> as a hang detector; the time it took.
    /// </summary>
    public static async Task<TimeSpan> IndexShowsAsync(WebNode node, int runId)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (BuiltFrom(await node.HealthAsync()) != runId)
        {
            if (waited.Elapsed > Cap)
            {
                throw new TimeoutException($"Node {node.Name}'s index did not show import {runId} within {Cap}. Output:\n{node.Output}");
            }
            await Task.Delay(RefreshInterval / 4);
        }
        return waited.Elapsed;
    }

    public static int BuiltFrom((HttpStatusCode Status, JsonElement Body) health) =>
        health.Body.GetProperty("checks").GetProperty("index").GetProperty("data").GetProperty("builtFromImportRun").GetInt32();

    /// <summary>The node whose process holds <paramref name="lease"/> now (its holder is "machine:process:run").</summary>
    public WebNode Holding(Core.Jobs.JobLease lease) =>
        Nodes.Single(n => lease.Holder.Split(':')[1] == n.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await Database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class TwoNodeCollection
{
    /// <summary>The two-node tests run one after another: each starts two web apps, which is heavy on a 2-core machine.</summary>
    public const string Name = "two nodes";
}
