using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RoleMapper.Search;
using RoleMapper.Search.Evaluation;
using RoleMapper.Search.Indexing;
using RoleMapper.Core.RoleMap;
using RoleMapper.Search.RoleMap;

namespace RoleMapper.Cli.Commands;

/// <summary>
/// <c>rolemapper eval --in FILE.csv [--cv K] [--map MAP.csv] [--db PATH] [--json] [--verbose] [--half odd|even]</c>:
/// matches every labelled title and reports hit1, hit5, MRR, how the none titles came out and the precision of each
/// confidence band; with <c>--cv K</c>, the same figures for k-fold cross-validation on the sector role map (each
/// fold's roles and aliases held out of the map while they are matched), and for each title and alias held out alone
/// (the role's other names kept). Never writes to the unmatched-title log.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var set = new Option<FileInfo>("--in", "--set")
        {
            Description = "A CSV file with the columns title,acceptable (references separated by |, or none)",
            HelpName = "FILE.csv",
            Required = true,
        };
        var verbose = new Option<bool>("--verbose") { Description = "List the titles whose top suggestion is not acceptable" };
        var half = new Option<string?>("--half")
        {
            Description = "Only every other row: odd (rows 1, 3, 5...) or even, to tune on one half and check on the other",
            HelpName = "odd|even",
        };
        half.AcceptOnlyFromAmong("odd", "even");
        var cv = new Option<int?>("--cv")
        {
            Description = "Also cross-validate on the sector role map with K folds (K from 2 to 20)",
            HelpName = "K",
        };
        cv.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } k && (k < 2 || k > 20))
            {
                result.AddError("--cv must be between 2 and 20 folds.");
            }
        });
        var map = new Option<FileInfo?>("--map")
        {
            Description = "The sector role map CSV to use (default: the one the app is configured with)",
            HelpName = "MAP.csv",
        };
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("eval", "Measure the matcher on a labelled set of job titles") { set, cv, map, db, json, verbose, half };
        command.SetAction(async (parse, ct) =>
        {
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var file = parse.GetValue(set)!;
            if (InputFiles.Problem(file) is { } unreadable)
            {
                await stderr.WriteLineAsync(unreadable);
                return 1;
            }
            EvaluationSet cases;
            using (var reader = file.OpenText())
            {
                cases = EvaluationSet.Read(reader);
            }
            foreach (var problem in cases.Problems)
            {
                await stderr.WriteLineAsync(problem);
            }
            if (parse.GetValue(half) is { } which)
            {
                cases = cases.Half(odd: which == "odd");
            }
            if (cases.Cases.Count == 0)
            {
                await stderr.WriteLineAsync("The set has no titles to evaluate.");
                return 1;
            }
            var mapFile = parse.GetValue(map);
            if (mapFile is { Exists: false })
            {
                await stderr.WriteLineAsync($"No such file: {mapFile.FullName}");
                return 2;
            }
            var settings = new Dictionary<string, string?>();
            if (mapFile is not null)
            {
                settings[$"{SearchOptions.Section}:{nameof(SearchOptions.RoleMapFile)}"] = mapFile.FullName;
            }
            await using var services = await CliServices.StartAsync(parse.GetValue(db), seedWhenEmpty: true, ct, settings);
            IReadOnlyList<MappedRole> roles;
            try
            {
                roles = await services.GetRequiredService<IRoleMapSource>().LoadAsync(ct);
                await services.GetRequiredService<StandardsIndex>().EnsureCurrentAsync(ct);
            }
            catch (InvalidDataException e)
            {
                await stderr.WriteLineAsync(e.Message);
                return 1;
            }
            var matcher = services.GetRequiredService<StandardMatcher>();
            var report = EvaluationReport.Run(matcher, cases.Cases);
            EvaluationReport? crossValidation = null, oneName = null;
            if (parse.GetValue(cv) is { } k)
            {
                if (roles.Count < k)
                {
                    await stderr.WriteLineAsync($"Cross-validation needs a sector role map with at least {k} roles; this one has {roles.Count}.");
                    return 1;
                }
                crossValidation = EvaluationReport.CrossValidate(matcher, roles, k);
                oneName = EvaluationReport.HoldingOutEachName(matcher, roles);
            }
            var (isJson, isVerbose) = (parse.GetValue(json), parse.GetValue(verbose));
            await stdout.WriteAsync(isJson ? ToJson(report, isVerbose, crossValidation, parse.GetValue(cv), oneName)
                : ToText(report, isVerbose) + (crossValidation is null || oneName is null ? "" : CrossValidationText(crossValidation, parse.GetValue(cv)!.Value, roles.Count, oneName)));
            return 0;
        });
        return command;
    }

    internal static string ToJson(EvaluationReport report, bool verbose, EvaluationReport? crossValidation = null, int? folds = null, EvaluationReport? oneName = null)
    {
        var json = Measures(report);
        var (inMap, notInMap) = report.ByMap();
        json["inMap"] = Measures(inMap);
        json["notInMap"] = Measures(notInMap);
        if (verbose)
        {
            json["misses"] = report.Misses.Select(m => new
            {
                line = m.Case.Line,
                title = m.Case.Title,
                acceptable = m.Case.ExpectsNone ? "none" : string.Join('|', m.Case.Acceptable),
                got = m.Result.Candidates.Select(c => new { reference = c.Reference, confidence = c.Confidence.ToString(), reason = c.Reason }),
            });
        }
        if (crossValidation is not null)
        {
            var cv = Measures(crossValidation);
            cv["folds"] = folds;
            json["crossValidation"] = cv;
        }
        if (oneName is not null)
        {
            json["oneNameHeldOut"] = Measures(oneName);
        }
        return JsonSerializer.Serialize(json) + Environment.NewLine;
    }

    private static Dictionary<string, object> Bands(EvaluationReport report) =>
        report.Bands.ToDictionary(b => b.Key.ToString(), b => (object)new { count = b.Value.Count, precision = b.Value.Precision });

    private static Dictionary<string, object?> Measures(EvaluationReport report) => new()
    {
        ["n"] = report.N,
        ["labelled"] = report.Labelled,
        ["hit1"] = report.Hit1,
        ["hit5"] = report.Hit5,
        ["mrr"] = report.Mrr,
        ["none"] = report.None,
        ["noneLow"] = report.NoneLow,
        ["bands"] = Bands(report),
    };

    /// <summary>The cross-validation figures beside the set's, in the same form.</summary>
    internal static string CrossValidationText(EvaluationReport cv, int folds, int roles, EvaluationReport oneName)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"Cross-validation on the sector role map, {folds} folds ({roles} roles; each fold's titles and aliases matched with its roles held out of the map):");
        Figures(text, cv);
        text.AppendLine("Each title and alias of the map matched with only itself held out (the role's other names kept):");
        Figures(text, oneName);
        return text.ToString();
    }

    /// <summary>The measures of one report, as four lines.</summary>
    private static void Figures(StringBuilder text, EvaluationReport report)
    {
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"{report.N} titles: {report.Labelled} with acceptable standards, {report.None} labelled none");
        text.AppendLine(inv, $"  hit1 {report.Hit1:0.000}   hit5 {report.Hit5:0.000}   mrr {report.Mrr:0.000}");
        text.AppendLine(inv, $"  none titles that came out Low: {report.NoneLow} of {report.None}");
        text.AppendLine("  top suggestion by confidence: " + string.Join(", ", report.Bands.Reverse().Select(b =>
            string.Create(inv, $"{b.Key} {b.Value.Count} ({b.Value.Precision:0.00} acceptable)"))));
    }

    internal static string ToText(EvaluationReport report, bool verbose)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        Figures(text, report);
        var (inMap, notInMap) = report.ByMap();
        text.AppendLine(inv, $"Of which titles the sector role map holds word for word (decided by the map):");
        Figures(text, inMap);
        text.AppendLine(inv, $"And the other titles (answered from near map roles and the other evidence):");
        Figures(text, notInMap);
        if (verbose)
        {
            text.AppendLine("Misses:");
            foreach (var miss in report.Misses)
            {
                var acceptable = miss.Case.ExpectsNone ? "none" : string.Join('|', miss.Case.Acceptable);
                var got = miss.Result.Candidates.Count == 0
                    ? miss.Result.Problem ?? "nothing"
                    : string.Join(", ", miss.Result.Candidates.Select(c => $"{c.Reference} {c.Confidence}"));
                text.AppendLine(inv, $"  line {miss.Case.Line} '{miss.Case.Title}' [{miss.Result.NormalisedTitle}]: acceptable {acceptable}; got {got}");
                if (miss.Result.Best is { } best)
                {
                    text.AppendLine(inv, $"      top: {best.Title} ({best.Reason})");
                }
            }
        }
        return text.ToString();
    }
}
