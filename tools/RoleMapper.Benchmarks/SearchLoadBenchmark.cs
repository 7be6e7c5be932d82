using System.Diagnostics;
using System.Globalization;
using System.Net;
using RoleMapper.TestSupport;

namespace RoleMapper.Benchmarks;

/// <summary>
/// Load on /search?title=... as people would cause it: the real app in its own process on loopback (Production
/// settings, configured by environment variables as docs/deploy.md says), 16 clients at once, each sending the next of a
/// bounded list of varied real job titles from the ONS SOC 2020 coding index. Reports median, 95th and 99th percentile,
/// throughput and errors, one row per setup:
/// <list type="bullet">
/// <item>SQLite, one node (always): a fresh SQLite file seeded from the bundled snapshot;</item>
/// <item><c>--two-nodes</c>: two nodes started at once on one PostgreSQL database (a private cluster in a temp folder, as
/// the tests start it), the 16 clients spread evenly across them;</item>
/// <item><c>--urls A,B</c>: nodes already running (tools/two-nodes.sh starts them as docs/deploy.md says).</item>
/// </list>
/// The benchmark stands in for the reverse proxy: each request carries X-Forwarded-For with a client address of its own,
/// which the nodes trust from loopback, so the per-address limit on anonymous searches (ADR 0007) sees many people, as
/// it would in service, rather than one address sending 11,000 searches.
/// </summary>
internal static class SearchLoadBenchmark
{
    public const int Clients = 16;
    public const int WarmUpRequests = 1_000;
    public const int MeasuredRequests = 10_000;
    /// <summary>
    /// Served between the two measurements. Just after start the framework's precompiled (ready-to-run) code is still
    /// being recompiled as the tiered JIT finds it hot; on 2 cores under 16 clients that took about 15,000 requests, and
    /// until then /search was some 20% slower (median 9.1 to 9.4 ms, then 7.1 to 7.6). A node in service has long
    /// passed that point, so both are shown: the "just started" row is the worst case after a deployment.
    /// </summary>
    public const int MoreWarmUpRequests = 5_000;
    private const int Titles = 3_000;

    private sealed record Result(string Setup, List<double> Latencies, int Errors, TimeSpan Elapsed, string LoadBefore, string LoadAfter);

    public static async Task<int> RunAsync(string[] args)
    {
        var baseline = args.Contains("--baseline");
        var urls = args.SkipWhile(a => a != "--urls").Skip(1).FirstOrDefault()?
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(u => new Uri(u)).ToList();
        var titles = LoadTitles();
        var results = new List<Result>(await OnSqliteAsync(titles, baseline));
        if (args.Contains("--two-nodes"))
        {
            results.AddRange(await OnTwoPostgresNodesAsync(titles, baseline));
        }
        if (urls is { Count: > 0 })
        {
            foreach (var url in urls)
            {
                await NodeReadiness.WaitUntilServingAsync(url);
            }
            results.AddRange(await MeasureAsync($"{urls.Count} running nodes ({string.Join(", ", urls.Select(u => u.Authority))})", urls, titles, baseline));
        }

        if (baseline)
        {
            Console.WriteLine("Baseline: /search with no title (no matching)");
        }
        Console.WriteLine($"{MeasuredRequests:N0} requests over {titles.Count:N0} distinct ONS job titles, {Clients} concurrent clients spread evenly across the nodes; just started: after {WarmUpRequests:N0} warm-up requests; warm: after {WarmUpRequests + MeasuredRequests + MoreWarmUpRequests:N0}; {Environment.ProcessorCount} cores");
        Console.WriteLine("| setup | median (ms) | p95 (ms) | p99 (ms) | max (ms) | requests/s | errors | load average before, after |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            r.Latencies.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Setup} | {Percentile(r.Latencies, 0.50):F1} | {Percentile(r.Latencies, 0.95):F1} | {Percentile(r.Latencies, 0.99):F1} | {r.Latencies[^1]:F1} | {MeasuredRequests / r.Elapsed.TotalSeconds:F0} | {r.Errors} | {r.LoadBefore}, {r.LoadAfter} |"));
        }
        return results.All(r => r.Errors == 0) ? 0 : 1;
    }

    private static async Task<Result[]> OnSqliteAsync(IReadOnlyList<string> titles, bool baseline)
    {
        var folder = Path.Combine(Path.GetTempPath(), "rolemapper-search-load", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            // Said outright: run from tools/two-nodes.sh, the environment already names PostgreSQL.
            await using var node = await WebNode.StartAsync("sqlite", $"Data Source={Path.Combine(folder, "rolemapper.db")}",
                NodeSettings(new() { ["Database__Provider"] = "sqlite" }));
            await NodeReadiness.WaitUntilServingAsync(node.Address, node);
            return await MeasureAsync("SQLite, one node", [node.Address], titles, baseline);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // The OS cleans the temp folder.
            }
        }
    }

    /// <summary>
    /// Two nodes started at the same moment on one new database, as a deployment's first start: one migrates and imports
    /// the snapshot while the other waits on the migration lock and the import lease, then builds its index from the
    /// database. The cluster is stopped and deleted when this program ends.
    /// </summary>
    private static async Task<Result[]> OnTwoPostgresNodesAsync(IReadOnlyList<string> titles, bool baseline)
    {
        var cluster = await PostgresCluster.GetAsync();
        var connectionString = await cluster.CreateDatabaseAsync("search_load");
        var settings = NodeSettings(new());
        var starting = new[] { WebNode.StartAsync("a", connectionString, settings), WebNode.StartAsync("b", connectionString, settings) };
        await using var a = await starting[0];
        await using var b = await starting[1];
        await Task.WhenAll(NodeReadiness.WaitUntilServingAsync(a.Address, a), NodeReadiness.WaitUntilServingAsync(b.Address, b));
        return await MeasureAsync("PostgreSQL 15, two nodes", [a.Address, b.Address], titles, baseline);
    }

    /// <summary>
    /// What every node started here gets besides its database (TestSupport's <see cref="WebNode.Settings"/>): no nightly
    /// import during a measurement. Its logging stays as shipped: the start waits for the host's "Application started".
    /// </summary>
    private static Dictionary<string, string> NodeSettings(Dictionary<string, string> more)
    {
        more["Import__ScheduleEnabled"] = "false";
        return more;
    }

    /// <summary>Two measurements of the same nodes: just after start (a short warm-up), then warm (see <see cref="MoreWarmUpRequests"/>).</summary>
    private static async Task<Result[]> MeasureAsync(string setup, IReadOnlyList<Uri> nodes, IReadOnlyList<string> titles, bool baseline)
    {
        var clients = nodes.Select(node => new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients, UseCookies = false })
        {
            BaseAddress = node,
            Timeout = TimeSpan.FromSeconds(30),
        }).ToList();
        try
        {
            await LoadAsync(clients, titles, 0, WarmUpRequests, baseline);
            var justStarted = await MeasureOnceAsync($"{setup}, just started", clients, titles, WarmUpRequests, baseline);
            var sent = WarmUpRequests + MeasuredRequests;
            await LoadAsync(clients, titles, sent, MoreWarmUpRequests, baseline);
            var warm = await MeasureOnceAsync($"{setup}, warm", clients, titles, sent + MoreWarmUpRequests, baseline);
            return [justStarted, warm];
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    private static async Task<Result> MeasureOnceAsync(string setup, List<HttpClient> clients, IReadOnlyList<string> titles, int firstRequest, bool baseline)
    {
        var loadBefore = LoadAverage();
        var clock = Stopwatch.StartNew();
        var (latencies, errors) = await LoadAsync(clients, titles, firstRequest, MeasuredRequests, baseline);
        clock.Stop();
        return new Result(setup, latencies, errors, clock.Elapsed, loadBefore, LoadAverage());
    }

    /// <summary>The one-minute load average (Linux), so a figure can be read against how busy the machine was.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    /// <summary>
    /// Each client takes the next title from a shared counter until the bounded number of requests is sent; client k
    /// always talks to node k mod n, so the clients are spread evenly across the nodes.
    /// </summary>
    private static async Task<(List<double> Latencies, int Errors)> LoadAsync(
        IReadOnlyList<HttpClient> nodes, IReadOnlyList<string> titles, int firstRequest, int requests, bool baseline)
    {
        var next = -1;
        var errors = 0;
        var perClient = await Task.WhenAll(Enumerable.Range(0, Clients).Select(async k =>
        {
            var client = nodes[k % nodes.Count];
            var latencies = new List<double>();
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                // The baseline is the same page without a title: the cost of the page itself, without matching.
                var url = baseline ? "/search" : "/search?title=" + Uri.EscapeDataString(titles[(firstRequest + i) % titles.Count]);
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.Add("X-Forwarded-For", ClientAddress(firstRequest + i));
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.SendAsync(request);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    if (response.StatusCode != HttpStatusCode.OK || body.Length == 0)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
                catch (TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                }
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            return latencies;
        }));
        return (perClient.SelectMany(l => l).ToList(), errors);
    }

    /// <summary>A private address per request (10.0.0.0/8 holds 16 million), as a proxy would forward for many people.</summary>
    private static string ClientAddress(int request) =>
        string.Create(CultureInfo.InvariantCulture, $"10.{(request >> 16) & 255}.{(request >> 8) & 255}.{request & 255}");

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>A fixed, shuffled sample of distinct titles, so runs are comparable and no title is served from a warm path.</summary>
    private static List<string> LoadTitles()
    {
        var lines = File.ReadLines(OnsIndexPath());
        var column = -1;
        var titles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            var fields = SplitCsvLine(line);
            if (column < 0)
            {
                column = fields.IndexOf("INDEXOCC_-_natural_word_order");
                continue;
            }
            if (column < fields.Count && fields[column].Trim() is { Length: > 0 } title)
            {
                titles.Add(title);
            }
        }
        var random = new Random(20261123);
        return titles.Order(StringComparer.Ordinal).OrderBy(_ => random.Next()).Take(Titles).ToList();
    }

    /// <summary>The shared data folder sits beside the repository (CI) or a few levels above a worktree.</summary>
    private static string OnsIndexPath()
    {
        for (var dir = new DirectoryInfo(RepoPaths.Root); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "data", "titles", "ons_soc2020_coding_index_v12.csv");
            if (File.Exists(path))
            {
                return path;
            }
        }
        throw new FileNotFoundException("Cannot find shared/data/titles/ons_soc2020_coding_index_v12.csv above " + RepoPaths.Root);
    }

    /// <summary>One line of RFC 4180 CSV (the ONS file has no line breaks inside fields): commas, quotes, doubled quotes.</summary>
    private static List<string> SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return fields;
    }
}
