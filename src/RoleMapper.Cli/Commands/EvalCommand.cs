using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RoleMapper.Search;
using RoleMapper.Search.Evaluation;
using RoleMapper.Search.Indexing;

namespace RoleMapper.Cli.Commands;

/// <summary>
/// <c>rolemapper eval --set FILE.csv [--db PATH] [--json] [--verbose] [--half odd|even]</c>: matches every labelled
/// title and reports hit1, hit5, MRR and how the none titles came out. Never writes to the unmatched-title log.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var set = new Option<FileInfo>("--set")
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
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("eval", "Measure the matcher on a labelled set of job titles") { set, db, json, verbose, half };
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
            await using var services = await CliServices.StartAsync(parse.GetValue(db), seedWhenEmpty: true, ct);
            await services.GetRequiredService<StandardsIndex>().EnsureCurrentAsync(ct);
            var report = EvaluationReport.Run(services.GetRequiredService<StandardMatcher>(), cases.Cases);
            await stdout.WriteAsync(parse.GetValue(json) ? ToJson(report, parse.GetValue(verbose)) : ToText(report, parse.GetValue(verbose)));
            return 0;
        });
        return command;
    }

    internal static string ToJson(EvaluationReport report, bool verbose) => JsonSerializer.Serialize(new
    {
        n = report.N,
        labelled = report.Labelled,
        hit1 = report.Hit1,
        hit5 = report.Hit5,
        mrr = report.Mrr,
        none = report.None,
        noneLow = report.NoneLow,
        bands = report.Bands.ToDictionary(b => b.Key.ToString(), b => new { count = b.Value.Count, precision = b.Value.Precision }),
        misses = verbose ? report.Misses.Select(m => new
        {
            line = m.Case.Line,
            title = m.Case.Title,
            acceptable = m.Case.ExpectsNone ? "none" : string.Join('|', m.Case.Acceptable),
            got = m.Result.Candidates.Select(c => new { reference = c.Reference, confidence = c.Confidence.ToString(), reason = c.Reason }),
        }) : null,
    }) + Environment.NewLine;

    internal static string ToText(EvaluationReport report, bool verbose)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"{report.N} titles: {report.Labelled} with acceptable standards, {report.None} labelled none");
        text.AppendLine(inv, $"  hit1 {report.Hit1:0.000}   hit5 {report.Hit5:0.000}   mrr {report.Mrr:0.000}");
        text.AppendLine(inv, $"  none titles that came out Low: {report.NoneLow} of {report.None}");
        text.AppendLine("  top suggestion by confidence: " + string.Join(", ", report.Bands.Reverse().Select(b =>
            string.Create(inv, $"{b.Key} {b.Value.Count} ({b.Value.Precision:0.00} acceptable)"))));
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
