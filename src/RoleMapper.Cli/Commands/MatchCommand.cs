using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RoleMapper.Cli.Bulk;
using RoleMapper.Core;
using RoleMapper.Core.Matching;
using RoleMapper.Core.UnmatchedTitles;
using RoleMapper.Search;
using RoleMapper.Search.Indexing;

namespace RoleMapper.Cli.Commands;

/// <summary>
/// <c>rolemapper match "TITLE" [--top N] [--db PATH] [--json]</c>: the standards that fit one job title.
/// <c>rolemapper match --in FILE.csv --out FILE.csv|FILE.xlsx [--top N] [--db PATH] [--no-log]</c>: a whole file of
/// titles, with progress on stderr, bad rows reported by line number, and weak titles added to the unmatched-title log.
/// </summary>
internal static class MatchCommand
{
    public static Command Create()
    {
        var title = new Argument<string?>("title") { Description = "A job title as the council writes it", Arity = ArgumentArity.ZeroOrOne };
        var top = new Option<int>("--top") { Description = "How many standards to show (in bulk: the best and up to N-1 others)", DefaultValueFactory = _ => 5 };
        var input = new Option<FileInfo?>("--in") { Description = "A CSV file of titles: a 'title' column, or titles in the first column", HelpName = "FILE.csv" };
        var output = new Option<FileInfo?>("--out") { Description = "Where to write the matches of --in: .csv or .xlsx", HelpName = "FILE.csv|FILE.xlsx" };
        var noLog = new Option<bool>("--no-log") { Description = "In bulk, do not add weak titles to the unmatched-title log" };
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("match", "Suggest apprenticeship standards for a job title, or for a file of them") { title, top, input, output, noLog, db, json };
        command.Validators.Add(result =>
        {
            var hasTitle = result.GetValue(title) is not null;
            var file = result.GetValue(input);
            if (hasTitle == (file is not null))
            {
                result.AddError("Give either a title or --in FILE.csv.");
            }
            else if (file is not null && result.GetValue(output) is not { } target)
            {
                result.AddError("--in needs --out FILE.csv or --out FILE.xlsx.");
            }
            else if (file is not null && !MatchFileWriter.IsSupported(result.GetValue(output)!.Name))
            {
                result.AddError("--out must end in .csv or .xlsx.");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var options = new MatchOptions { Top = Math.Max(1, parse.GetValue(top)) };
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            if (parse.GetValue(input) is { } file)
            {
                var run = new BulkRun(file, parse.GetValue(output)!, options, parse.GetValue(db), !parse.GetValue(noLog));
                return await RunBulkAsync(run, stdout, stderr, ct);
            }
            await using var services = await CliServices.StartAsync(parse.GetValue(db), seedWhenEmpty: true, ct);
            await services.GetRequiredService<StandardsIndex>().EnsureCurrentAsync(ct);
            var result = services.GetRequiredService<IStandardMatcher>().Match(parse.GetValue(title), options);
            await stdout.WriteLineAsync(parse.GetValue(json) ? ToJson(result) : ToText(result));
            return result.Problem is null ? 0 : 1;
        });
        return command;
    }

    private sealed record BulkRun(FileInfo File, FileInfo Target, MatchOptions Options, string? Db, bool Log);

    private static async Task<int> RunBulkAsync(BulkRun run, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var (file, target, options, log) = (run.File, run.Target, run.Options, run.Log);
        if (InputFiles.Problem(file) is { } unreadable)
        {
            await stderr.WriteLineAsync(unreadable);
            return 1;
        }
        var (rows, problems) = TitleFile.Read(file.FullName);
        foreach (var problem in problems)
        {
            await stderr.WriteLineAsync(problem);
        }
        await using var services = await CliServices.StartAsync(run.Db, seedWhenEmpty: true, ct);
        var index = services.GetRequiredService<StandardsIndex>();
        // The matcher reads its own tables (ONS occupations, synonyms, the ranking model), not the index: it is made on
        // the spare core while the index is built on this one, which takes about 0.25 s off a bulk run.
        var matcher = Task.Run(services.GetRequiredService<IStandardMatcher>, ct);
        await index.EnsureCurrentAsync(ct);
        var progress = rows.Count >= 1000 ? (Action<int, int>)((done, total) => ShowProgress(stderr, done, total)) : null;
        var matched = BulkMatch.Run(await matcher, rows, options, progress, ct);
        MatchFileWriter.Write(target.FullName, matched);
        var weak = log ? await services.GetRequiredService<UnmatchedTitleRecorder>().RecordAllAsync(matched.Select(m => m.Result), ct) : 0;
        var high = matched.Count(m => m.Result.Best?.Confidence == Confidence.High);
        var medium = matched.Count(m => m.Result.Best?.Confidence == Confidence.Medium);
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"Matched {Counted.Of(matched.Length, "title", "titles")} to {target.FullName}: {high} High, {medium} Medium, {matched.Length - high - medium} Low or none; {Counted.Of(problems.Count, "row", "rows")} reported");
        await stdout.WriteLineAsync(log ? string.Create(CultureInfo.InvariantCulture, $"{summary}; {Counted.Of(weak, "weak title", "weak titles")} logged") : summary);
        return 0;
    }

    /// <summary>On a terminal the line rewrites itself; redirected to a file, each report is a line of its own.</summary>
    private static void ShowProgress(TextWriter stderr, int done, int total)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"Matched {done:N0} of {total:N0} titles");
        if (stderr != Console.Error || Console.IsErrorRedirected)
        {
            stderr.WriteLine(line);
        }
        else
        {
            stderr.Write("\r" + line + (done == total ? Environment.NewLine : ""));
        }
    }

    internal static string ToJson(MatchResult result) => JsonSerializer.Serialize(new
    {
        title = result.Title,
        readAs = result.NormalisedTitle,
        problem = result.Problem,
        candidates = result.Candidates.Select(c => new
        {
            reference = c.Reference,
            version = c.Version,
            title = c.Title,
            level = c.Level,
            route = c.Route,
            score = Math.Round(c.Score, 3),
            confidence = c.Confidence.ToString(),
            reason = c.Reason,
        }),
    });

    private static string ToText(MatchResult result)
    {
        if (result.Problem is not null)
        {
            return result.Problem;
        }
        if (result.Candidates.Count == 0)
        {
            return $"No standard matches '{result.Title}'.";
        }
        return $"Read as: {result.NormalisedTitle}" + Environment.NewLine + string.Join(Environment.NewLine, result.Candidates.Select((c, i) =>
            $"{i + 1}. {c.Reference} v{c.Version} {c.Title} (level {c.Level}, {c.Route}) - {c.Confidence}: {c.Reason}"));
    }
}
