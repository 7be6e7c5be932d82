using RoleMapper.Benchmarks;

// dotnet run -c Release --project tools/RoleMapper.Benchmarks -- <command>
//   import    full-snapshot import timings and peak memory (file and HTTP; empty database and no-change re-import)
//   export    Excel map of a council with 5,000 roles and 500 skills gaps: time and peak memory
switch (args.FirstOrDefault())
{
    case "import":
        await ImportBenchmark.RunAllAsync();
        return 0;
    case "import-one":
        await ImportBenchmark.RunOneAsync(args[1], args[2] == "again");
        return 0;
    case "export":
        await ExportBenchmark.RunAllAsync();
        return 0;
    case "export-one":
        ExportBenchmark.RunOne(args[1] == "second");
        return 0;
    default:
        Console.Error.WriteLine("Commands: import, export");
        return 2;
}
