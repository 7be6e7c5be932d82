using RoleMapper.Benchmarks;

// dotnet run -c Release --project tools/RoleMapper.Benchmarks -- <command>
//   import         full-snapshot import timings and peak memory (file and HTTP; empty database and no-change re-import)
//   match [ONS.csv] index build, single-title latency and bulk figures of the matcher (ONS coding index titles)
//   soc-standards  regenerate data/matching/soc-standards.csv (standards per ONS unit group)
//   search-load    /search?title=... with 16 concurrent clients against the real app on loopback (SQLite, one node):
//                  median, p95, p99, throughput, errors (--baseline: the same page with no title, to tell page cost from
//                  matching cost; --two-nodes: also two nodes on one PostgreSQL it starts; --urls A,B: also nodes
//                  already running, e.g. by tools/two-nodes.sh)
//   export         Excel map of a council with 5,000 roles and 500 skills gaps: time and peak memory
//   export-db      the same council in a SQLite database, exported end to end (build from the database, write, keep)
//   suggest        suggestions for 5,000 imported roles from the real index of the bundled snapshot: time per step
//   upload         memory of reading role files: the 63 MB-unpacked workbook of issue 13 (once, eight at once) and 20,000
//                  real rows as .xlsx and .csv
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
    case "search-load":
        return await SearchLoadBenchmark.RunAsync(args);
    case "import-one":
        await ImportBenchmark.RunOneAsync(args[1], args[2] == "again");
        return 0;
    case "export":
        await ExportBenchmark.RunAllAsync();
        return 0;
    case "export-one":
        ExportBenchmark.RunOne(args[1] == "second");
        return 0;
    case "export-db":
        await DatabaseExportBenchmark.RunAllAsync();
        return 0;
    case "export-db-one":
        await DatabaseExportBenchmark.RunOneAsync(args[1], args[2]);
        return 0;
    case "suggest":
        return await SuggestBenchmark.RunAllAsync();
    case "suggest-one":
        return await SuggestBenchmark.RunOneAsync();
    case "upload":
        await UploadBenchmark.RunAllAsync();
        return 0;
    case "upload-one":
        UploadBenchmark.RunOne(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    default:
        Console.Error.WriteLine("Commands: import, match [ONS.csv], soc-standards, search-load, export, export-db, suggest, upload");
        return 2;
}
