using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using RoleMapper.TestSupport;

namespace RoleMapper.Benchmarks;

/// <summary>
/// Load on /search?title=... as people would cause it: the real app in its own process on loopback (Production
/// settings, a fresh SQLite file seeded from the bundled snapshot), 16 clients at once, each sending the next of a
/// bounded list of varied real job titles from the ONS SOC 2020 coding index. Reports median, 95th percentile and errors.
/// </summary>
internal static class SearchLoadBenchmark
{
    public const int Clients = 16;
    public const int WarmUpRequests = 1_000;
    public const int MeasuredRequests = 10_000;
    private const int Titles = 3_000;

    public static async Task<int> RunAsync(bool baseline = false)
    {
        var titles = LoadTitles();
        var folder = Path.Combine(Path.GetTempPath(), "rolemapper-search-load", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var port = FreePort();
        using var app = StartApp(folder, port);
        try
        {
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients, UseCookies = false })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}"),
                Timeout = TimeSpan.FromSeconds(30),
            };
            await WaitUntilHealthyAsync(client, app);
            await LoadAsync(client, titles, WarmUpRequests, baseline);
            var clock = Stopwatch.StartNew();
            var (latencies, errors) = await LoadAsync(client, titles, MeasuredRequests, baseline);
            clock.Stop();
            latencies.Sort();
            if (baseline)
            {
                Console.WriteLine("Baseline: /search with no title (no matching)");
            }
            Console.WriteLine($"{MeasuredRequests:N0} requests over {titles.Count:N0} distinct ONS job titles, {Clients} concurrent clients, after {WarmUpRequests:N0} warm-up requests");
            Console.WriteLine("| median (ms) | p95 (ms) | p99 (ms) | max (ms) | requests/s | errors |");
            Console.WriteLine("|---|---|---|---|---|---|");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Percentile(latencies, 0.50):F1} | {Percentile(latencies, 0.95):F1} | {Percentile(latencies, 0.99):F1} | {latencies[^1]:F1} | {MeasuredRequests / clock.Elapsed.TotalSeconds:F0} | {errors} |"));
            return errors == 0 ? 0 : 1;
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
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

    /// <summary>Each client takes the next title from a shared counter until the bounded number of requests is sent.</summary>
    private static async Task<(List<double> Latencies, int Errors)> LoadAsync(HttpClient client, IReadOnlyList<string> titles, int requests, bool baseline)
    {
        var next = -1;
        var errors = 0;
        var perClient = await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            var latencies = new List<double>();
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                // The baseline is the same page without a title: the cost of the page itself, without matching.
                var url = baseline ? "/search" : "/search?title=" + Uri.EscapeDataString(titles[i % titles.Count]);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(url);
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

    private static Process StartApp(string folder, int port)
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var webFolder = RepoPaths.File("src", "RoleMapper.Web", "bin", configuration, "net10.0");
        // The project folder is the content root, as in a published app: wwwroot and appsettings.json are found there.
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepoPaths.File("src", "RoleMapper.Web"), RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(webFolder, "RoleMapper.Web.dll"));
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__RoleMapper"] = $"Data Source={Path.Combine(folder, "rolemapper.db")}";
        start.Environment["Import__ScheduleEnabled"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        // Drain the app's output so a full pipe never blocks it.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("app: " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>The first start migrates and imports the snapshot (about 5 s); /healthz answers 200 once the index is built.</summary>
    private static async Task WaitUntilHealthyAsync(HttpClient client, Process app)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (app.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {app.ExitCode} before it was ready.");
            }
            try
            {
                using var response = await client.GetAsync("/healthz");
                if (response.IsSuccessStatusCode)
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
        throw new TimeoutException("The app did not become healthy within 3 minutes.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
