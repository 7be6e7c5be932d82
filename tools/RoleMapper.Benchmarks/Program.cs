using RoleMapper.Benchmarks;

// dotnet run -c Release --project tools/RoleMapper.Benchmarks -- <command>
//   import         full-snapshot import timings and peak memory (file and HTTP; empty database and no-change re-import)
//   match [ONS.csv] index build, single-title latency and bulk figures of the matcher (ONS coding index titles)
//   soc-standards  regenerate data/matching/soc-standards.csv (standards per ONS unit group)
switch (args.FirstOrDefault())
{
    case "match":
        await MatchBenchmark.RunAllAsync(args.ElementAtOrDefault(1));
        return 0;
    case "match-build":
        await MatchBenchmark.BuildAsync();
        return 0;
    case "match-single":
        await MatchBenchmark.SingleAsync(args[1]);
        return 0;
    case "match-bulk":
        await MatchBenchmark.BulkAsync(args[1]);
        return 0;
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
        Console.Error.WriteLine("Commands: import, match [ONS.csv], soc-standards");
        return 2;
}
