using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RoleMapper.Core;
using RoleMapper.Core.Accounts;
using RoleMapper.Core.Data;
using RoleMapper.Core.Export;
using RoleMapper.Core.Maturity;
using RoleMapper.Core.Standards;
using RoleMapper.Core.Workspace;
using RoleMapper.TestSupport;

namespace RoleMapper.Benchmarks;

/// <summary>
/// The export end to end, as the dashboard button runs it: build the map from a SQLite database (a council of 5,000
/// mapped roles and 500 skills gaps, the 29 May 2025 snapshot and then the 22 Aug 2026 one imported so the change log
/// is real), write the workbook, hash it and save the export. The database is prepared in this process; each scenario
/// runs in its own, so its peak memory is the export's, not the seeding's. The command line's figure is the published
/// tool itself (<see cref="PublishedCli"/>), run first so its export finds the feed changes to list.
/// </summary>
internal static class DatabaseExportBenchmark
{
    private const string Council = "Mid Wessex County Council";
    private static readonly MaturityModel MaturityModel = MaturityModel.LoadDefault();

    public static async Task RunAllAsync()
    {
        await using var database = await TestDatabase.CreateAsync();
        var seeding = Stopwatch.StartNew();
        await database.ImportAsync(RepoPaths.FullOldFeed);
        await SeedAsync(database, ExportBenchmark.Roles, ExportBenchmark.Gaps);
        await database.ImportAsync(RepoPaths.FullNewFeed);
        Console.WriteLine($"Prepared {database.FilePath} in {seeding.Elapsed.TotalSeconds:F0} s");
        Console.WriteLine("| scenario | seconds | peak memory (MB) |");
        Console.WriteLine("|---|---|---|");
        var cli = await PublishedCli.RunAsync("export", "--org", Council, "--out", Path.GetDirectoryName(database.FilePath)!, "--db", database.FilePath);
        Console.Error.WriteLine("  " + cli.Output);
        Console.WriteLine($"| `rolemapper export`, published as the README says: a new process, end to end | {cli.Seconds:F2} | {cli.PeakMb:F0} |");
        foreach (var (name, scenario) in Scenarios)
        {
            var (seconds, peak) = await Measurement.InChildAsync("export-db-one", database.FilePath, scenario);
            Console.WriteLine($"| {name} | {seconds:F2} | {peak:F0} |");
        }
    }

    /// <summary>What runs in the process before the measured export.</summary>
    private static readonly (string Name, string Scenario)[] Scenarios =
    [
        // The export alone in a new process, compiled as it runs (`dotnet run`): it also starts EF Core (builds its
        // model, opens the database), but not the command line's start-up (configuration, migrations check).
        ("first export in a new process, not precompiled", "cold"),
        // As the dashboard's button after a restart: the page has already used the database; the Excel writer is cold.
        ("first export after the web app started", "app"),
        ("a later export in the same process", "warm"),
    ];

    /// <summary>One scenario (see <see cref="Scenarios"/>), in its own process: only the measured export counts.</summary>
    public static async Task RunOneAsync(string path, string scenario)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:RoleMapper"] = DatabaseLocation.ForFile(path) })
            .Build();
        await using var services = new ServiceCollection().AddLogging().AddRoleMapperCore(configuration).BuildServiceProvider();
        var contexts = services.GetRequiredService<IDbContextFactory<RoleMapperDbContext>>();
        if (scenario == "app")
        {
            await using var page = await CouncilAsync(contexts);
        }
        if (scenario == "warm")
        {
            await ExportAsync(contexts);
        }
        var stop = Measurement.Start();
        var made = await ExportAsync(contexts);
        var figures = stop();

        await using var db = await CouncilAsync(contexts);
        var build = Stopwatch.StartNew();
        await CouncilMapQuery.BuildAsync(db, MaturityModel, "benchmark", DateTime.UtcNow, default);
        build.Stop();
        var write = Stopwatch.StartNew();
        CouncilMapWorkbook.Write(made.Map, Stream.Null);
        Console.WriteLine($"{made.Map.Roles.Count} roles, {made.Map.SkillsGaps.Count} gaps, {made.Map.Changes.Count} changes, " +
            $"{made.Export.SizeBytes / 1024} KB; warm, building the map alone takes {build.Elapsed.TotalSeconds:F2} s and writing it {write.Elapsed.TotalSeconds:F2} s");
        Measurement.Report(figures);
    }

    private static async Task<MapExports.Made> ExportAsync(IDbContextFactory<RoleMapperDbContext> contexts)
    {
        await using var db = await CouncilAsync(contexts);
        var made = await MapExports.MakeAsync(db, MaturityModel, TimeProvider.System, null, "workforce.development@midwessex.example", default);
        db.MapExports.Add(made.Export);
        await db.SaveChangesAsync();
        return made;
    }

    private static async Task<RoleMapperDbContext> CouncilAsync(IDbContextFactory<RoleMapperDbContext> contexts)
    {
        var db = await contexts.CreateDbContextAsync();
        db.ScopeToOrganisation(await db.Organisations.Where(o => o.Name == Council).Select(o => o.Id).SingleAsync());
        return db;
    }

    /// <summary>
    /// Roles from data/council-roles.csv with a team in the title; 60% confirmed (with up to two alternatives), 15%
    /// suggested, 10% "no suitable standard", the rest unmapped; gaps against roles or service areas, 1 to 3 standards
    /// linked. Seeded, so every run has the same council.
    /// </summary>
    private static async Task SeedAsync(TestDatabase database, int roleCount, int gapCount)
    {
        var random = new Random(20260302);
        await using var db = database.NewContext();
        var standards = await db.CurrentStandardVersions()
            .Where(v => v.Status == StandardStatus.ApprovedForDelivery && v.RemovedFromFeedUtc == null)
            .OrderBy(v => v.Reference).Select(v => v.Reference).Take(300).ToListAsync();
        string AnyStandard() => standards[random.Next(standards.Count)];
        db.ScopeToOrganisation(await db.AddCouncilAsync(Council, OrganisationType.Unitary, EnglishRegion.NorthWest));
        var catalogue = CouncilRolesCsv.Load();
        var roles = Enumerable.Range(0, roleCount).Select(i =>
        {
            var source = catalogue[i % catalogue.Count];
            var role = Seed.Role($"{source.Title} - Team {i / catalogue.Count + 1}", source.ServiceArea,
                random.Next(20) == 0 ? null : random.Next(1, 61));
            var roll = random.Next(100);
            return roll < 60 ? role.ConfirmedAs(AnyStandard(), [.. Enumerable.Range(0, random.Next(3)).Select(_ => AnyStandard()).Distinct()])
                : roll < 75 ? role.SuggestedAs(AnyStandard())
                : roll < 85 ? With(role, MappingStatus.NoSuitableStandard)
                : role;
        }).ToList();
        // An alternative that repeats the primary would break the one-row-per-standard-per-role index.
        roles.ForEach(r => r.Standards = [.. r.Standards.DistinctBy(s => s.Reference)]);
        db.JobRoles.AddRange(roles);
        db.SkillsGaps.AddRange(Enumerable.Range(0, gapCount).Select(_ =>
        {
            var role = roles[random.Next(roles.Count)];
            var gap = random.Next(3) == 0 ? Seed.Gap("", serviceArea: role.ServiceArea) : Seed.Gap("", role);
            gap.Description = $"Too few {role.Title.ToLowerInvariant()} staff hold the qualifications the service now needs; " +
                "recruitment has failed twice in the last year and agency cover is costly. Grow our own through apprenticeships.";
            (gap.Priority, gap.Status) = ((GapPriority)random.Next(3), (GapStatus)random.Next(3));
            (gap.PostsAffected, gap.HardToFill, gap.SuccessionRisk) = (random.Next(1, 25), random.Next(2) == 0, random.Next(3) == 0);
            gap.LinkedStandards = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => AnyStandard()).Distinct()];
            gap.TargetDate = new DateOnly(2026, 4, 1).AddDays(random.Next(540));
            return gap;
        }));
        // A self-assessment, so the Maturity sheet is written too: every Early and Developing statement met.
        db.AddAssessment(new DateOnly(2026, 3, 1), MaturityModel.Statements
            .Where(s => s.Stage.Level is MaturityLevel.Early or MaturityLevel.Developing).Select(s => s.Statement.Id));
        await db.SaveChangesAsync();
    }

    private static JobRole With(JobRole role, MappingStatus status)
    {
        role.Status = status;
        role.MappedByName = Seed.Person;
        role.MappedUtc = Seed.When;
        return role;
    }
}
