using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using RoleMapper.Search;
using RoleMapper.Search.Ranking;
using RoleMapper.Core.RoleMap;
using RoleMapper.Search.RoleMap;
using RoleMapper.TestSupport;

namespace RoleMapper.Fitting;

/// <summary>
/// Fits the ranking model on the sector role map and writes data/matching/ranking-model.json. Cross-validation is
/// strict: for each fold the map is matched with the fold's roles held out, AND the weights are fitted on the other
/// folds only; the confidence thresholds are chosen on those out-of-fold predictions. The shipped weights are then
/// fitted on every fold. The dev set is never read here.
/// </summary>
internal static class FitCommand
{
    public const double HighTarget = 0.95;
    public const double MediumTarget = 0.70;
    /// <summary>A band needs at least this many cross-validated titles for its precision to mean anything.</summary>
    public const int LeastInBand = 20;

    /// <param name="trainOnNames">Fit on the titles matched with only themselves held out as well as on those matched
    /// with their fold held out; both are always reported.</param>
    public static async Task<int> RunAsync(string mapFile, int k, bool dryRun, bool compare = false, bool trainOnNames = false)
    {
        var map = RoleMapFile.ReadFile(mapFile);
        Console.Error.WriteLine($"{map.Count} roles, {map.Sum(r => r.Names.Count())} titles and aliases; matching with {k} folds held out in turn, then each name alone...");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var set = await TrainingSet.BuildAsync(map, mapFile, k);
        Console.Error.WriteLine($"{set.Rows.Count} candidate rows ({set.Rows.Count(r => r.Label)} acceptable) in {clock.Elapsed.TotalSeconds:0} s");
        bool Trains(Row row) => trainOnNames || !row.OneName;

        var outOfFold = new Dictionary<int, List<(string Reference, double P, int Order)>>();
        for (var f = 0; f < k; f++)
        {
            var model = LogisticFit.Fit(set.Rows.Where(r => r.Fold != f && Trains(r)));
            foreach (var row in set.Rows.Where(r => r.Fold == f))
            {
                if (!outOfFold.TryGetValue(row.Example, out var list))
                {
                    outOfFold[row.Example] = list = [];
                }
                list.Add((row.Reference, LogisticFit.Probability(model, row), row.Order));
            }
        }
        Console.Error.WriteLine($"cross-validated in {clock.Elapsed.TotalSeconds:0} s");
        var tops = set.Examples.Select(e => Top(e, outOfFold.GetValueOrDefault(e.Id) ?? [])).ToList();
        if (Environment.GetEnvironmentVariable("FIT_REPORT") is { Length: > 0 } report)
        {
            await File.WriteAllLinesAsync(report, set.Examples.Select(e =>
            {
                var ranked = Ordered(outOfFold.GetValueOrDefault(e.Id) ?? []).ToList();
                var rank = ranked.FindIndex(r => e.Role.Standards.Contains(r.Reference)) + 1;
                return string.Join('\t', e.OneName ? "name" : "fold", e.Title, string.Join('|', e.Role.Standards), rank, ranked.Count, ranked.FirstOrDefault().Order,
                    string.Join(' ', ranked.Take(3).Select(r => $"{r.Reference}:{r.P:0.00}")));
            }));
        }
        var byFold = set.Examples.Where(e => !e.OneName).ToList();
        if (compare)
        {
            var single = new Dictionary<int, List<(string Reference, double P, int Order)>>();
            for (var f = 0; f < k; f++)
            {
                var model = LogisticFit.Fit(set.Rows.Where(r => r.Fold != f && Trains(r)), products: false);
                foreach (var row in set.Rows.Where(r => r.Fold == f))
                {
                    (single.TryGetValue(row.Example, out var list) ? list : single[row.Example] = []).Add((row.Reference, LogisticFit.Probability(model, row), row.Order));
                }
            }
            var (singleHit1, singleHit5, singleMrr) = Ranks(byFold, single);
            Console.Error.WriteLine($"logistic regression over the features alone, same folds: hit1 {singleHit1:0.000} hit5 {singleHit5:0.000} mrr {singleMrr:0.000}");
            var lightGbm = RankerComparison.OutOfFold(set, Trains);
            var (hit1, hit5, mrr) = Ranks(byFold, lightGbm);
            Console.Error.WriteLine($"LightGBM LambdaRank, same folds: hit1 {hit1:0.000} hit5 {hit5:0.000} mrr {mrr:0.000}");
        }

        var final = LogisticFit.Fit(set.Rows.Where(Trains));
        // The reading `rolemapper eval --cv` gives: the shipped weights (fitted on every fold), each title matched with
        // its own fold held out of the map. The weights have seen the title's rows, so they are surer of it than the
        // strict reading; the thresholds must hold under both.
        var shipped = set.Rows.GroupBy(r => r.Example).ToDictionary(g => g.Key,
            g => g.Select(r => (r.Reference, LogisticFit.Probability(final, r), r.Order)).ToList());
        var shippedTops = set.Examples.Select(e => Top(e, shipped.GetValueOrDefault(e.Id) ?? [])).ToList();
        var thresholds = Confidence(set, tops, shippedTops, e => trainOnNames || !e.OneName);
        var cv = Figures(set.Examples, outOfFold, tops, thresholds, oneName: false);
        var cvShipped = Figures(set.Examples, shipped, shippedTops, thresholds, oneName: false);
        var cvNames = Figures(set.Examples, outOfFold, tops, thresholds, oneName: true);
        var cvNamesShipped = Figures(set.Examples, shipped, shippedTops, thresholds, oneName: true);

        var model1 = new RankingModel
        {
            Kind = "logistic regression over the features and their pairwise products (ML.NET L-BFGS, L1 = L2 = 1)",
            Bias = Math.Round(final.Bias, 6),
            Weights = Features.Names.Select((n, i) => (n, Math.Round(final.Weights[i], 6))).ToDictionary(p => p.n, p => p.Item2),
            Interactions = Features.Pairs.Select((p, i) => (Name: Features.Pair(p.A, p.B), Weight: Math.Round(final.Weights[Features.Count + i], 6)))
                .Where(p => p.Weight != 0).ToDictionary(p => p.Name, p => p.Weight),
            Confidence = thresholds,
            Fitted = JsonSerializer.SerializeToElement(new
            {
                map = Path.GetFileName(mapFile),
                mapSha256 = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(mapFile))).ToLowerInvariant(),
                roles = map.Count,
                titles = byFold.Count,
                rows = set.Rows.Count(Trains),
                trainedOn = trainOnNames ? "each title with its fold held out, and with only itself held out" : "each title with its fold held out",
                feed = Path.GetFileName(RepoPaths.FullNewFeed),
                folds = k,
                crossValidation = cv,
                crossValidationShippedWeights = cvShipped,
                oneNameHeldOut = cvNames,
                oneNameHeldOutShippedWeights = cvNamesShipped,
            }, RankingModel.Json),
        };
        Console.WriteLine(JsonSerializer.Serialize(new { cv, cvShipped, cvNames, cvNamesShipped, thresholds, weights = model1.Weights, bias = model1.Bias, interactions = model1.Interactions }, RankingModel.Json));
        if (!dryRun)
        {
            var path = RepoPaths.File("data", "matching", RankingModel.FileName);
            await using (var file = File.Create(path))
            {
                model1.Write(file);
            }
            Console.Error.WriteLine($"Wrote {path}");
        }
        return 0;
    }

    private sealed record TopAnswer(double P, double Next, bool Right)
    {
        /// <summary>How sure the confidence calibration is of the top answer; set once it is fitted.</summary>
        public double Sureness { get; set; }
    }

    /// <summary>The matcher's order: exact known titles first, then by probability, ties by reference.</summary>
    private static IEnumerable<(string Reference, double P, int Order)> Ordered(List<(string Reference, double P, int Order)> ranked) =>
        ranked.OrderBy(r => r.Order).ThenByDescending(r => r.P).ThenBy(r => r.Reference, StringComparer.Ordinal);

    private static TopAnswer Top(Example example, List<(string Reference, double P, int Order)> ranked)
    {
        var two = Ordered(ranked).Take(2).ToList();
        return two.Count == 0 ? new TopAnswer(0, 0, false)
            : new TopAnswer(two[0].P, two.Count > 1 ? two[1].P : 0, example.Role.Standards.Contains(two[0].Reference));
    }

    private static float[] Calibration(TopAnswer t) => [(float)t.P, (float)(t.P - t.Next)];

    /// <summary>
    /// The confidence calibration, fitted like the model: per fold on the other folds' top answers, so each top
    /// answer's sureness is out of fold; the calibration shipped is fitted on all. The thresholds are the stricter of
    /// those chosen on the strict out-of-fold sureness and those chosen on the shipped reading (shipped weights and
    /// calibration, the title's fold held out of the map), so High and Medium keep their precision in both.
    /// </summary>
    private static ConfidenceThresholds Confidence(TrainingSet set, List<TopAnswer> tops, List<TopAnswer> shippedTops, Func<Example, bool> trains)
    {
        for (var f = 0; f < set.Folds; f++)
        {
            var fit = LogisticFit.Fit(tops.Where((_, i) => set.Examples[i].Fold != f && trains(set.Examples[i])).Select(t => (Calibration(t), t.Right)), 2);
            foreach (var (t, i) in tops.Select((t, i) => (t, i)).Where(p => set.Examples[p.i].Fold == f))
            {
                t.Sureness = LogisticFit.Probability(fit, Calibration(t));
            }
        }
        var all = LogisticFit.Fit(tops.Where((_, i) => trains(set.Examples[i])).Select(t => (Calibration(t), t.Right)), 2);
        foreach (var t in shippedTops)
        {
            t.Sureness = LogisticFit.Probability(all, Calibration(t));
        }
        // Each reading (strict or shipped weights; fold or one name held out) chooses its own thresholds; the
        // strictest of each is shipped, so the bands keep their precision in all four.
        var readings = new[] { (tops, false), (shippedTops, false), (tops, true), (shippedTops, true) }
            .Select(r => Thresholds(r.Item1.Where((_, i) => set.Examples[i].OneName == r.Item2).Select(t => (t.Sureness, t.Right)).ToList()))
            .ToList();
        Console.Error.WriteLine("thresholds (High/Medium): " + string.Join(", ", readings.Select((t, i) => $"{(i % 2 == 0 ? "strict" : "shipped")} {(i < 2 ? "fold" : "one name")} {t.High}/{t.Medium}")));
        return new ConfidenceThresholds(readings.Max(t => t.High), readings.Max(t => t.Medium))
        {
            Intercept = Math.Round(all.Bias, 6),
            Own = Math.Round(all.Weights[0], 6),
            Lead = Math.Round(all.Weights[1], 6),
        };
    }

    /// <summary>
    /// High: the lowest probability from which the top answers are right at least <see cref="HighTarget"/> of the time;
    /// Medium likewise for <see cref="MediumTarget"/> among those below High. Titles no standard fits count as wrong.
    /// </summary>
    public static ConfidenceThresholds Thresholds(IReadOnlyList<(double P, bool Right)> tops)
    {
        var sorted = tops.OrderByDescending(t => t.P).ToList();
        var high = Cut(sorted, HighTarget);
        var below = sorted.Where(t => t.P < high).ToList();
        var medium = Cut(below, MediumTarget);
        return new ConfidenceThresholds(Math.Round(high, 4), Math.Round(Math.Min(medium, high), 4));
    }

    /// <summary>The lowest p such that the answers at or above it are right at least <paramref name="target"/> of the time.</summary>
    private static double Cut(List<(double P, bool Right)> sorted, double target)
    {
        var cut = 1.01;
        var right = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            right += sorted[i].Right ? 1 : 0;
            var last = i + 1 == sorted.Count || sorted[i + 1].P < sorted[i].P;
            if (last && i + 1 >= LeastInBand && (double)right / (i + 1) >= target)
            {
                cut = sorted[i].P;
            }
        }
        return cut;
    }

    /// <summary>hit1, hit5 and MRR over the top five of the examples that have standards.</summary>
    private static (double Hit1, double Hit5, double Mrr) Ranks(IReadOnlyList<Example> examples, Dictionary<int, List<(string Reference, double P, int Order)>> outOfFold)
    {
        var labelled = examples.Where(e => !e.Role.FitsNoStandard).ToList();
        double hit1 = 0, hit5 = 0, mrr = 0;
        foreach (var e in labelled)
        {
            var ranked = Ordered(outOfFold.GetValueOrDefault(e.Id) ?? []).Take(5).ToList();
            var rank = ranked.FindIndex(r => e.Role.Standards.Contains(r.Reference)) + 1;
            hit1 += rank == 1 ? 1 : 0;
            hit5 += rank > 0 ? 1 : 0;
            mrr += rank > 0 ? 1.0 / rank : 0;
        }
        return (Math.Round(hit1 / labelled.Count, 3), Math.Round(hit5 / labelled.Count, 3), Math.Round(mrr / labelled.Count, 3));
    }

    /// <param name="oneName">The titles matched with only themselves held out, or (false) with their fold held out.</param>
    private static object Figures(IReadOnlyList<Example> all, Dictionary<int, List<(string Reference, double P, int Order)>> outOfFold,
        List<TopAnswer> allTops, ConfidenceThresholds thresholds, bool oneName)
    {
        var examples = all.Where(e => e.OneName == oneName).ToList();
        var tops = allTops.Where((_, i) => all[i].OneName == oneName).ToList();
        var labelled = examples.Where(e => !e.Role.FitsNoStandard).ToList();
        var (hit1, hit5, mrr) = Ranks(examples, outOfFold);
        var bands = new Dictionary<string, object>();
        foreach (var (band, from, to) in new[] { ("High", thresholds.High, 2.0), ("Medium", thresholds.Medium, thresholds.High), ("Low", -1.0, thresholds.Medium) })
        {
            var inBand = tops.Where((t, i) => !examples[i].Role.FitsNoStandard && t.Sureness >= from && t.Sureness < to).ToList();
            bands[band] = new { count = inBand.Count, precision = inBand.Count == 0 ? 0 : Math.Round(inBand.Count(t => t.Right) / (double)inBand.Count, 3) };
        }
        var none = examples.Select((e, i) => (e, t: tops[i])).Where(p => p.e.Role.FitsNoStandard).ToList();
        return new
        {
            titles = examples.Count,
            labelled = labelled.Count,
            hit1,
            hit5,
            mrr,
            none = none.Count,
            noneLow = none.Count(p => p.t.Sureness < thresholds.Medium),
            bands,
        };
    }
}
