using System.Diagnostics;
using RoleMapper.Core.StandardsFeed;
using RoleMapper.TestSupport;

namespace RoleMapper.Benchmarks;

/// <summary>
/// Import of the full 22 Aug 2026 snapshot (1,950 versions, 72 MB of JSON): into an empty database, and again with no
/// changes, from the gzipped file and from a local HTTP server (gzip-encoded as the real feed is served).
/// </summary>
internal static class ImportBenchmark
{
    public static async Task RunAllAsync()
    {
        Console.WriteLine("| scenario | seconds | peak memory (MB) |");
        Console.WriteLine("|---|---|---|");
        foreach (var (name, source, reimport) in new[]
        {
            ("file, empty database", "file", false),
            ("file, re-import with no changes", "file", true),
            ("HTTP, empty database", "http", false),
            ("HTTP, re-import with no changes", "http", true),
        })
        {
            var (seconds, peak) = await Measurement.InChildAsync("import-one", source, reimport ? "again" : "empty");
            Console.WriteLine($"| {name} | {seconds:F2} | {peak:F0} |");
        }
    }

    /// <summary>One scenario, in its own process. Only the measured import counts towards the time.</summary>
    public static async Task RunOneAsync(string source, bool reimport)
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var server = await FeedServer.StartAsync();
        var gzipped = await File.ReadAllBytesAsync(RepoPaths.FullNewFeed);
        server.Answer(context =>
        {
            context.Response.ContentType = "application/json";
            context.Response.Headers.ContentEncoding = "gzip";
            return context.Response.Body.WriteAsync(gzipped).AsTask();
        });
        var location = source == "http" ? server.FeedUrl.ToString() : RepoPaths.FullNewFeed;
        if (reimport)
        {
            await db.ImportAsync(location);
        }

        var clock = Stopwatch.StartNew();
        var run = await db.ImportAsync(location);
        clock.Stop();
        if (run.Outcome != ImportOutcome.Succeeded || run.Records != 1950)
        {
            throw new InvalidOperationException($"Import failed: {run.FailureReason}");
        }
        Measurement.Report(clock.Elapsed);
    }
}
