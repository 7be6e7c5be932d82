using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RoleMapper.Core.Data;
using RoleMapper.Core.Workspace;
using RoleMapper.Core.Workspace.RoleFiles;
using RoleMapper.Search;
using RoleMapper.TestSupport;

namespace RoleMapper.Benchmarks;

/// <summary>
/// 5,000 imported roles saved with their suggestions, as the import page and <c>rolemapper roles import</c> save them: a
/// real SQLite file filled from the bundled snapshot, the real Lucene index built from it, a 5,000-row CSV read, then
/// Core's <see cref="CouncilRoles.AddAsync(IEnumerable{RoleDetails}, string?, CancellationToken)"/>: the roles saved and
/// their suggestions matched and written back, in one transaction. Measured for the first council in the process (cold
/// code) and a second one (warm), then the nightly refresh that finds nothing changed and the bulk confirmation of
/// High-confidence suggestions. Each run is a process of its own, so "first" means first.
/// </summary>
internal static class SuggestBenchmark
{
    public const int Roles = 5000;
    public static readonly TimeSpan Target = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The scenario as the web app and the command line run it, with quick JIT off (docs/adr/0005), then with .NET's
    /// default to show what that setting is worth. The exit code is the first run's: the way the product runs.
    /// </summary>
    public static async Task<int> RunAllAsync()
    {
        var shipped = await RunChildAsync("Quick JIT off, as the web app and the command line run", quickJit: false);
        await RunChildAsync(".NET's default (quick JIT on), for comparison", quickJit: true);
        return shipped;
    }

    private static async Task<int> RunChildAsync(string title, bool quickJit)
    {
        Console.WriteLine();
        Console.WriteLine(title);
        var start = Measurement.Child("suggest-one");
        start.Environment["DOTNET_TC_QuickJit"] = quickJit ? "1" : "0";
        using var child = Process.Start(start)!;
        await child.WaitForExitAsync();
        return child.ExitCode;
    }

    /// <summary>One run, in its own process; prints its figures.</summary>
    public static async Task<int> RunOneAsync()
    {
        var configuration = new ConfigurationBuilder().Build();
        await using var database = await TestDatabase.CreateAsync(configure: s => s.AddRoleMapperSearch(configuration));
        var seeding = Stopwatch.StartNew();
        await database.ImportAsync(RepoPaths.FullNewFeed);
        var seeded = seeding.Elapsed;
        var index = database.Services.GetRequiredService<StandardsIndex>();
        var building = Stopwatch.StartNew();
        await index.RebuildAsync();
        var built = building.Elapsed;
        var file = Encoding.UTF8.GetBytes(SyntheticRoleFile.Csv(Roles));

        var distinct = RoleFileReader.Read(new MemoryStream(file), "establishment.csv").Rows.Select(r => r.Title).Distinct(StringComparer.OrdinalIgnoreCase).Count();

        Console.WriteLine($"Snapshot imported in {seeded.TotalSeconds:F1} s; index of {index.DocumentCount:N0} standards built in {built.TotalSeconds:F2} s; {Environment.ProcessorCount} cores.");
        Console.WriteLine($"{Roles:N0} roles with {distinct:N0} distinct titles (each distinct title is matched once).");
        Console.WriteLine($"| {Roles:N0} roles from a {file.Length / 1024:N0} KB CSV | read file (s) | save with suggestions (s) | roles/s | suggested | High | allocated (MB) |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        var first = await ImportCouncilAsync(database, file, "first council in the process");
        var second = await ImportCouncilAsync(database, file, "second council (warm)");

        await using var workspace = database.WorkspaceFor(second.Council);
        var refreshing = Stopwatch.StartNew();
        var changed = await workspace.Suggestions.RefreshAllAsync(default);
        Console.WriteLine($"Refresh of all {Roles:N0} roles with nothing changed (after each feed import): {refreshing.Elapsed.TotalSeconds:F2} s, {changed} changed.");
        var confirming = Stopwatch.StartNew();
        var confirmed = await workspace.Mapping.ConfirmHighConfidenceAsync(q => q, chosen: null, new Decider(null, "benchmark"), default);
        Console.WriteLine($"Confirm all {confirmed:N0} High-confidence suggestions: {confirming.Elapsed.TotalSeconds:F2} s.");
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"Peak working set of the whole run (snapshot import included): {self.PeakWorkingSet64 / 1048576.0:F0} MB.");

        var slowest = new[] { first.Suggestions, second.Suggestions }.Max();
        Console.WriteLine(slowest < Target
            ? $"Within the target: {Roles:N0} roles saved with suggestions in under {Target.TotalSeconds:F0} s."
            : $"OVER the target of {Target.TotalSeconds:F0} s.");
        return slowest < Target ? 0 : 1;
    }

    private sealed record Result(int Council, TimeSpan Suggestions);

    private static async Task<Result> ImportCouncilAsync(TestDatabase database, byte[] file, string name)
    {
        var council = await database.CouncilAsync();
        await using var workspace = database.WorkspaceFor(council);
        var clock = Stopwatch.StartNew();
        var preview = RoleFileReader.Read(new MemoryStream(file), "establishment.csv");
        var read = clock.Elapsed;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        clock.Restart();
        var added = await workspace.Roles.AddAsync(preview.Rows, "benchmark", default);
        var suggested = clock.Elapsed;
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1048576.0;
        if (added.Count != Roles)
        {
            throw new InvalidOperationException($"Expected {Roles} roles saved, got {added.Count}: {preview.FileError}");
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {read.TotalSeconds:F2} | {suggested.TotalSeconds:F2} | {Roles / suggested.TotalSeconds:N0} | {added.Count(r => r.SuggestedReference is not null):N0} | {added.Count(r => r.SuggestedConfidence == Confidence.High):N0} | {allocated:F0} |"));
        return new Result(council, suggested);
    }
}
