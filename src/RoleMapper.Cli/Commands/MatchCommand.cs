using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RoleMapper.Search;

namespace RoleMapper.Cli.Commands;

/// <summary><c>rolemapper match "TITLE" [--top N] [--db PATH] [--json]</c>: the standards that fit one job title.</summary>
internal static class MatchCommand
{
    public static Command Create()
    {
        var title = new Argument<string>("title") { Description = "A job title as the council writes it" };
        var top = new Option<int>("--top") { Description = "How many standards to show", DefaultValueFactory = _ => 5 };
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("match", "Suggest apprenticeship standards for a job title") { title, top, db, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.StartAsync(parse.GetValue(db), seedWhenEmpty: true, ct);
            await services.GetRequiredService<StandardsIndex>().EnsureCurrentAsync(ct);
            var result = services.GetRequiredService<StandardMatcher>()
                .Match(parse.GetValue(title), new MatchOptions { Top = parse.GetValue(top) });
            Console.Out.WriteLine(parse.GetValue(json) ? ToJson(result) : ToText(result));
            return result.Problem is null ? 0 : 1;
        });
        return command;
    }

    internal static string ToJson(MatchResult result) => JsonSerializer.Serialize(new
    {
        title = result.Title,
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
        return string.Join(Environment.NewLine, result.Candidates.Select((c, i) =>
            $"{i + 1}. {c.Reference} v{c.Version} {c.Title} (level {c.Level}, {c.Route}) - {c.Confidence}: {c.Reason}"));
    }
}
