using System.Diagnostics;
using System.Globalization;
using CsvHelper;
using RoleMapper.Search;
using RoleMapper.TestSupport;

namespace RoleMapper.Benchmarks;

/// <summary>
/// The matcher's figures: index build from the store, single-title latency, and a bulk run of every title of the
/// ONS coding index (32,195) through the real command line as the README installs it (published), end to end, each in
/// its own process.
/// </summary>
internal static class MatchBenchmark
{
    private const string OnsColumn = "INDEXOCC_-_natural_word_order";

    public static async Task RunAllAsync(string? onsPath)
    {
        var ons = onsPath ?? FindOnsIndex();
        Console.WriteLine("| scenario | figure | peak memory (MB) |");
        Console.WriteLine("|---|---|---|");
        var (buildSeconds, buildPeak) = await Measurement.InChildAsync("match-build");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| index build from the store (1,950 versions, 1,7xx documents) | {buildSeconds:F2} s | {buildPeak:F0} |"));
        var (median, singlePeak) = await Measurement.InChildAsync("match-single", ons);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| single title, median of {SingleTitles:N0} ONS titles | {median * 1e6:F0} µs | {singlePeak:F0} |"));
        var (bulkSeconds, bulkPeak) = await Measurement.InChildAsync("match-bulk", ons);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| bulk: all ONS titles, `rolemapper match --in --out .csv`, end to end (a second run; the first is printed above) | {bulkSeconds:F2} s | {bulkPeak:F0} |"));
    }

    /// <summary>Two builds: the first also compiles and warms the code; the figure is the second, as after an import.</summary>
    public static async Task BuildAsync()
    {
        await using var fixture = await SearchFixture.CreateAsync();
        await fixture.Index.RebuildAsync();
        var clock = Stopwatch.StartNew();
        await fixture.Index.RebuildAsync();
        clock.Stop();
        Measurement.Report(clock.Elapsed);
    }

    private const int SingleTitles = 5000;

    /// <summary>The median time of one Match call over a spread of real titles, after a warm-up; reported as seconds.</summary>
    public static async Task SingleAsync(string ons)
    {
        await using var fixture = await SearchFixture.CreateAsync();
        await fixture.Index.RebuildAsync();
        var matcher = new StandardMatcher(fixture.Index, fixture.Parser);
        var titles = ReadOnsTitles(ons);
        var sample = Spread(titles, offset: 0);
        // Warm up as a running server is: 5,000 other titles (between the timed ones, so the per-index caches of term
        // statistics and unknown-word readings hold what other titles needed, not the timed titles' own), three times
        // with a pause after each for tiered compilation to finish optimising what was hot. After one pass of 1,000
        // titles the median was about 200 µs and varied by half between runs: part of the code was still unoptimised.
        var warmUp = Spread(titles, offset: titles.Count / SingleTitles / 2);
        for (var pass = 0; pass < 3; pass++)
        {
            foreach (var title in warmUp)
            {
                matcher.Match(title);
            }
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var gcBefore = GC.CollectionCount(0);
        var times = new double[sample.Count];
        var clock = new Stopwatch();
        for (var i = 0; i < sample.Count; i++)
        {
            clock.Restart();
            matcher.Match(sample[i]);
            times[i] = clock.Elapsed.TotalSeconds;
        }
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / sample.Count / 1024.0:F1} KB allocated per title, {GC.CollectionCount(0) - gcBefore} gen0 collections"));
        Array.Sort(times);
        using var self = Process.GetCurrentProcess();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"p90 {times[times.Length * 9 / 10] * 1e6:F0} µs, p99 {times[times.Length * 99 / 100] * 1e6:F0} µs"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{times[times.Length / 2]:F7} {self.PeakWorkingSet64 / 1048576.0:F0}"));
    }

    private static List<string> Spread(List<string> titles, int offset) =>
        Enumerable.Range(0, SingleTitles).Select(i => titles[(int)((long)i * titles.Count / SingleTitles) + offset]).ToList();

    /// <summary>
    /// Writes the ONS titles as a one-column CSV and times <c>rolemapper match --in --out</c> on it against a database
    /// that already holds the standards: start-up, index build, reading, matching, writing and logging weak titles.
    /// Twice, each on a database of its own, as a user runs it: the first run after installing has no JIT profile yet
    /// (docs/adr/0006) and is printed as a note; the figure is the second.
    /// </summary>
    public static async Task BulkAsync(string ons)
    {
        var runs = new List<PublishedCli.Run>();
        for (var run = 0; run < 2; run++)
        {
            await using var database = await TestDatabase.CreateAsync();
            await database.ImportAsync(RepoPaths.FullNewFeed);
            var folder = Path.GetDirectoryName(database.FilePath)!;
            var input = Path.Combine(folder, "ons-titles.csv");
            using (var csv = CsvWriter.ToFile(input))
            {
                csv.WriteHeader(["title"]);
                foreach (var title in ReadOnsTitles(ons))
                {
                    csv.WriteRecord(title);
                }
            }
            runs.Add(await PublishedCli.RunAsync("match", "--in", input, "--out", Path.Combine(folder, "matches.csv"), "--db", database.FilePath));
        }
        Console.Error.WriteLine(runs[^1].Output);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bulk, first run after installing (no JIT profile yet): {runs[0].Seconds:F2} s, {runs[0].PeakMb:F0} MB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{runs[^1].Seconds:F2} {runs[^1].PeakMb:F0}"));
    }

    private static List<string> ReadOnsTitles(string path)
    {
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { Separator = ',' });
        var column = csv.GetFieldIndex(OnsColumn);
        var titles = new List<string>();
        while (csv.Read())
        {
            titles.Add(csv.GetString(column));
        }
        return titles;
    }

    /// <summary>The shared data folder sits beside the repository (or its worktrees' parent).</summary>
    internal static string FindOnsIndex()
    {
        var relative = Path.Combine("shared", "data", "titles", "ons_soc2020_coding_index_v12.csv");
        for (var dir = new DirectoryInfo(RepoPaths.Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"Cannot find {relative} above {RepoPaths.Root}; pass its path: match PATH");
    }
}
