using RoleMapper.Fitting;

// dotnet run -c Release --project tools/RoleMapper.Fitting -- <command>
//   vectors [MAP.csv...]                  data/matching/word-vectors.bin: every word the matcher compares by meaning,
//                                         embedded by MiniLM (the feed's names, ONS titles, our word lists, the maps)
//   fit --map MAP.csv [--folds K] [--dry-run] [--compare] [--train-on-names]
//                                         fits the ranking model on the sector role map with k-fold cross-validation
//                                         (default 5) and writes data/matching/ranking-model.json; --dry-run only reports;
//                                         --compare also cross-validates, on the same folds, logistic regression over
//                                         the features alone (no products), and LightGBM LambdaRank; --train-on-names
//                                         also fits on each title matched with only itself held out (tried, not shipped:
//                                         docs/matching.md)
var command = args.FirstOrDefault();
var rest = args.Skip(1).ToList();
string? Option(string name) => rest.IndexOf(name) is var i and >= 0 && i + 1 < rest.Count ? rest[i + 1] : null;
switch (command)
{
    case "vectors":
        VectorsCommand.Run(rest);
        return 0;
    case "fit":
        if (Option("--map") is not { } map || !File.Exists(map))
        {
            Console.Error.WriteLine("fit needs --map FILE: a sector role map CSV (docs/matching.md)");
            return 2;
        }
        return await FitCommand.RunAsync(map, int.Parse(Option("--folds") ?? "5", System.Globalization.CultureInfo.InvariantCulture),
            dryRun: rest.Contains("--dry-run"), compare: rest.Contains("--compare"), trainOnNames: rest.Contains("--train-on-names"));
    default:
        Console.Error.WriteLine("Commands: vectors [MAP.csv...], fit --map MAP.csv [--folds K] [--dry-run] [--compare] [--train-on-names]");
        return 2;
}
