using RoleMapper.Core.Export;

namespace RoleMapper.Benchmarks;

/// <summary>
/// Export of a council with 5,000 roles and 500 skills gaps (plus 300 standards used, 40 feed changes and a maturity
/// assessment) to an .xlsx file: the first export in a new process, which pays for loading and compiling ClosedXML as
/// the first export after the app starts does, and a second one in the same process.
/// </summary>
internal static class ExportBenchmark
{
    public const int Roles = 5000;
    public const int Gaps = 500;

    public static async Task RunAllAsync()
    {
        Console.WriteLine("| scenario | seconds | peak memory (MB) |");
        Console.WriteLine("|---|---|---|");
        foreach (var (name, second) in new[] { ("first export in a new process", false), ("second export in the same process", true) })
        {
            var (seconds, peak) = await Measurement.InChildAsync("export-one", second ? "second" : "first");
            Console.WriteLine($"| {name} | {seconds:F2} | {peak:F0} |");
        }
    }

    /// <summary>One scenario, in its own process. Only the measured export counts towards the time.</summary>
    public static void RunOne(bool second)
    {
        var map = SyntheticCouncilMap.Build(Roles, Gaps);
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{CouncilMapWorkbook.FileName(map.CouncilName, new DateOnly(2026, 3, 1))}");
        try
        {
            if (second)
            {
                WriteFile(map, path);
            }
            var stop = Measurement.Start();
            WriteFile(map, path);
            var figures = stop();
            Console.WriteLine($"{new FileInfo(path).Length / 1024} KB");
            Measurement.Report(figures);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void WriteFile(CouncilMap map, string path)
    {
        using var file = File.Create(path);
        CouncilMapWorkbook.Write(map, file);
    }
}
