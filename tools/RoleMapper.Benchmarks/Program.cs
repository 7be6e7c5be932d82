using RoleMapper.Benchmarks;

// dotnet run -c Release --project tools/RoleMapper.Benchmarks -- <command>
//   import         full-snapshot import timings and peak memory (file and HTTP; empty database and no-change re-import)
//   soc-standards  regenerate data/matching/soc-standards.csv (standards per ONS unit group)
switch (args.FirstOrDefault())
{
    case "soc-standards":
        await SocStandardsCommand.RunAsync();
        return 0;
    case "import":
        await ImportBenchmark.RunAllAsync();
        return 0;
    case "import-one":
        await ImportBenchmark.RunOneAsync(args[1], args[2] == "again");
        return 0;
    default:
        Console.Error.WriteLine("Commands: import, soc-standards");
        return 2;
}
